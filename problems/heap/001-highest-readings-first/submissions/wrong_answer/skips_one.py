# bug: seeds the heap with the first k readings but resumes at k + 1, so readings[k] is never looked at
# fails on: {"readings": [1, 3], "k": 1}
# origin: independent
import heapq
from typing import List


def highestReadings(readings: List[int], k: int) -> List[int]:
    if k == 0:
        return []
    heap = readings[:k]
    heapq.heapify(heap)
    for value in readings[k + 1:]:
        if value > heap[0]:
            heapq.heapreplace(heap, value)
    return sorted(heap, reverse=True)
