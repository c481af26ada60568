# slow: O(n^2): appends the booking and compares every pair of blocks to find the ones to merge
# origin: independent
from typing import List


def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    blocks = [list(b) for b in calendar]
    blocks.append(list(booking))
    i = 0
    while i < len(blocks):
        j = i + 1
        while j < len(blocks):
            a, b = blocks[i], blocks[j]
            if a[0] <= b[1] and b[0] <= a[1]:
                blocks[i] = [min(a[0], b[0]), max(a[1], b[1])]
                del blocks[j]
                j = i + 1
            else:
                j += 1
        i += 1
    blocks.sort()
    return blocks
