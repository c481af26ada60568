# bug: seeds the result with the first shift without checking for an empty list (IndexError on [])
# fails on: {"shifts": []}
# origin: independent
from typing import List


def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    shifts = sorted(shifts)
    merged = [list(shifts[0])]
    for start, end in shifts[1:]:
        last = merged[-1]
        if start <= last[1]:
            last[1] = max(last[1], end)
        else:
            merged.append([start, end])
    return merged
