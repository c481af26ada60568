# bug: uses the input list as a heap without calling heapify, so heappop does not return the shortest cable
# fails on: {"lengths": [3, 1, 2]}
# origin: independent
import heapq
from typing import List


def spliceCost(lengths: List[int]) -> int:
    heap = list(lengths)
    total = 0
    while len(heap) > 1:
        first = heapq.heappop(heap)
        second = heapq.heappop(heap)
        total += first + second
        heapq.heappush(heap, first + second)
    return total
