# bug: compares a new reading with heap[-1] (a leaf) instead of heap[0], the smallest kept reading
# fails on: {"readings": [1, 5, 3], "k": 2}
# origin: independent
import heapq
from typing import List


def highestReadings(readings: List[int], k: int) -> List[int]:
    if k == 0:
        return []
    heap = []
    for value in readings:
        if len(heap) < k:
            heapq.heappush(heap, value)
        elif value > heap[-1]:
            heapq.heapreplace(heap, value)
    return sorted(heap, reverse=True)
