def fewestRooms(bookings: List[List[int]]) -> int:
    """Two sorted lists: walk the starts in order; every end at or before the current start
    has freed a room. Rooms in use = starts seen - ends passed; the answer is its peak."""
    starts = sorted(s for s, _ in bookings)
    ends = sorted(e for _, e in bookings)
    best = freed = 0
    for i, start in enumerate(starts):
        while ends[freed] <= start:
            freed += 1
        best = max(best, i + 1 - freed)
    return best
