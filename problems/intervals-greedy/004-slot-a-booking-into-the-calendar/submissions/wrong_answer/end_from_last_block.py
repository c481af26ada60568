# bug: the merged block ends where the last overlapped block ends, forgetting the booking may reach further
# fails on: {"calendar": [[1, 3]], "booking": [2, 8]}
# origin: independent
from typing import List


def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    start, end = booking
    before, after, hit = [], [], []
    for block in calendar:
        if block[1] < start:
            before.append(list(block))
        elif block[0] > end:
            after.append(list(block))
        else:
            hit.append(block)
    if hit:
        merged = [min(start, hit[0][0]), hit[-1][1]]
    else:
        merged = [start, end]
    return before + [merged] + after
