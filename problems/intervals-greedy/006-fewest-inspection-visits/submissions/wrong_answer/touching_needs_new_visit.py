# bug: schedules a new visit when a window opens on the day of the last visit (>= instead of >)
# fails on: {"windows": [[1, 3], [3, 5]]}
def fewestVisits(windows: List[List[int]]) -> int:
    visits, day = 0, None
    for first, last in sorted(windows, key=lambda w: w[1]):
        if day is None or first >= day:
            visits += 1
            day = last
    return visits
