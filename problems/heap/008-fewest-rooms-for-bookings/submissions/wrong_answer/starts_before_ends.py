# bug: at equal times the sweep counts a start before an end, so touching bookings seem to overlap
# fails on: {"bookings": [[1, 4], [4, 6]]}
def fewestRooms(bookings: List[List[int]]) -> int:
    events = sorted([(s, 0) for s, _ in bookings] + [(e, 1) for _, e in bookings])
    best = busy = 0
    for _, kind in events:
        busy += 1 if kind == 0 else -1
        best = max(best, busy)
    return best
