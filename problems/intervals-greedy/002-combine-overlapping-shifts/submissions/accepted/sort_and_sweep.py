# origin: independent
from typing import List


def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    blocks = []
    for start, end in sorted(shifts):
        if blocks and start <= blocks[-1][1]:
            if end > blocks[-1][1]:
                blocks[-1][1] = end
        else:
            blocks.append([start, end])
    return blocks
