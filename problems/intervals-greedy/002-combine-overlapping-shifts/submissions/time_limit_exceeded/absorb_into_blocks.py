# slow: O(n^2): every shift is compared against every block built so far
# origin: independent
from typing import List


def combineShifts(shifts: List[List[int]]) -> List[List[int]]:
    blocks = []
    for start, end in shifts:
        kept = []
        for b_start, b_end in blocks:
            if b_start <= end and start <= b_end:
                start = min(start, b_start)
                end = max(end, b_end)
            else:
                kept.append([b_start, b_end])
        kept.append([start, end])
        blocks = kept
    blocks.sort()
    return blocks
