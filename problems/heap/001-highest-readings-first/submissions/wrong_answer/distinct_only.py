# bug: works on the distinct values, so a repeated reading fills only one place
# fails on: {"readings": [5, -2, 9, 5, 0, 5, 7], "k": 4}
def highestReadings(readings: List[int], k: int) -> List[int]:
    return sorted(set(readings), reverse=True)[:k]
