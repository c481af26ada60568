"""A frontier heap over the rows of the pair grid, opened one row at a time.

Think of the pairs as a grid: row i holds a[i] + b[0], a[i] + b[1], ..., and every row
is sorted because b is. The lightest pair not yet taken is at the front of some row, so a
heap of row fronts, one entry (sum, i, j) per open row, yields the pairs in order: take
the lightest and advance its row by one column. Row i + 1 cannot start before row i
does (a[i + 1] + b[0] >= a[i] + b[0]), so it is opened only when row i's first pair is
taken; the heap then holds just the rows that have started.

Time O(k log k); extra space O(k) besides the answer.
"""

import heapq


def lightestPairSums(a: list[int], b: list[int], k: int) -> list[int]:
    if k == 0:
        return []
    rows, cols = len(a), len(b)
    heap = [(a[0] + b[0], 0, 0)]
    sums: list[int] = []
    while len(sums) < k:
        total, i, j = heap[0]
        sums.append(total)
        if j + 1 < cols:
            heapq.heapreplace(heap, (a[i] + b[j + 1], i, j + 1))
        else:
            heapq.heappop(heap)
        if j == 0 and i + 1 < rows:  # row i has started, so row i + 1 may start now
            heapq.heappush(heap, (a[i + 1] + b[0], i + 1, 0))
    return sums
