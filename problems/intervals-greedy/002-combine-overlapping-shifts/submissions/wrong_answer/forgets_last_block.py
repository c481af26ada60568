# bug: emits a block only when a later shift does not meet it, so the final block is never emitted
# fails on: {"shifts": [[1, 3], [5, 6]]}
def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    out = []
    cur = None
    for start, end in sorted(shifts):
        if cur is None:
            cur = [start, end]
        elif start <= cur[1]:
            cur[1] = max(cur[1], end)
        else:
            out.append(cur)
            cur = [start, end]
    return out
