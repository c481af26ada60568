# bug: treats whole-number times as slots and joins shifts one moment apart ([1, 2] and [3, 4])
# fails on: {"shifts": [[1, 2], [3, 4]]}
def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    out = []
    for start, end in sorted(shifts):
        if out and start <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out
