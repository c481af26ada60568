# bug: visits on the opening day of the earliest-closing window instead of its closing day
# fails on: {"windows": [[1, 3], [2, 5]]}
def fewestVisits(windows: List[List[int]]) -> int:
    visits, day = 0, None
    for first, last in sorted(windows, key=lambda w: w[1]):
        if day is None or first > day:
            visits += 1
            day = first
    return visits
