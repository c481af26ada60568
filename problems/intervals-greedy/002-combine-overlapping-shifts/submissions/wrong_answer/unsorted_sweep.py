# bug: sweeps the shifts in the given order without sorting them by start
# fails on: {"shifts": [[1, 2], [5, 6], [2, 5]]}
def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    out = []
    for start, end in shifts:
        if out and start <= out[-1][1] and end >= out[-1][0]:
            out[-1] = [min(out[-1][0], start), max(out[-1][1], end)]
        else:
            out.append([start, end])
    return sorted(out)
