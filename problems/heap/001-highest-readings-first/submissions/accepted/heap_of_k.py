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
        elif value > heap[0]:
            heapq.heapreplace(heap, value)
    return sorted(heap, reverse=True)
