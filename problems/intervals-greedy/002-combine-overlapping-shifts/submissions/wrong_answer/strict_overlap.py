# bug: uses start < last_end, so shifts that only touch at one moment are not joined (fails sample 2)
# fails on: {"shifts": [[1, 4], [4, 6]]}
# origin: independent
from typing import List


def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    merged = []
    for start, end in sorted(shifts):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
