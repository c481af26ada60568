# bug: on overlap sets the block's end to the new shift's end instead of the max, so a nested shift shrinks the block (fails sample 3)
# fails on: {"shifts": [[1, 10], [2, 3]]}
# origin: independent
from typing import List


def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    merged = []
    for start, end in sorted(shifts):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
