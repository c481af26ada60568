# bug: sorts by first day and visits on the first window's closing day, ignoring windows inside it that close earlier
# fails on: {"windows": [[1, 10], [2, 3], [5, 6]]}
def fewestVisits(windows: List[List[int]]) -> int:
    visits, day = 0, None
    for first, last in sorted(windows):
        if day is None or first > day:
            visits += 1
            day = last
    return visits
