"""A min-heap of the k largest readings seen so far.

The heap's root is the smallest of the current top k, the one a new reading has to beat.
A reading larger than the root replaces it; anything else can never be among the k
largest. At the end the heap holds exactly the k largest readings (copies counted
separately), which are sorted largest first.

Time O(n log k); extra space O(k).
"""

import heapq


def highestReadings(readings: list[int], k: int) -> list[int]:
    if k == 0:
        return []
    top = readings[:k]
    heapq.heapify(top)
    for reading in readings[k:]:
        if reading > top[0]:
            heapq.heapreplace(top, reading)
    top.sort(reverse=True)
    return top
