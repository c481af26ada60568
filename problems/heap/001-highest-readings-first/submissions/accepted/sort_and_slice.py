def highestReadings(readings: List[int], k: int) -> List[int]:
    """Sort everything, largest first, and keep the first k: O(n log n)."""
    return sorted(readings, reverse=True)[:k]
