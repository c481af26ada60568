# bug: finds the booking's place by start and merges it with at most one block on each side
# fails on: {"calendar": [[1, 2], [4, 5], [7, 8]], "booking": [0, 9]}
from bisect import bisect_left


def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    blocks = [list(b) for b in calendar]
    k = bisect_left(blocks, list(booking))
    blocks.insert(k, list(booking))
    if k + 1 < len(blocks) and blocks[k + 1][0] <= blocks[k][1]:
        blocks[k][1] = max(blocks[k][1], blocks[k + 1][1])
        del blocks[k + 1]
    if k > 0 and blocks[k][0] <= blocks[k - 1][1]:
        blocks[k - 1][1] = max(blocks[k - 1][1], blocks[k][1])
        del blocks[k]
    return blocks
