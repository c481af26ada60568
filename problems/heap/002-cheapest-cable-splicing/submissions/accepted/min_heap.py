# origin: independent
import heapq
from typing import List


def spliceCost(lengths: List[int]) -> int:
    heap = list(lengths)
    heapq.heapify(heap)
    total = 0
    while len(heap) > 1:
        first = heapq.heappop(heap)
        second = heapq.heappop(heap)
        total += first + second
        heapq.heappush(heap, first + second)
    return total
