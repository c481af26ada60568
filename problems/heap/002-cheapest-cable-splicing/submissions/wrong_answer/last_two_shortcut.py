# bug: stops at two cables and adds their sum, but a single cable then costs its own length (fails sample 03-single-cable)
# fails on: {"lengths": [2]}
# origin: independent
import heapq
from typing import List


def spliceCost(lengths: List[int]) -> int:
    heap = list(lengths)
    heapq.heapify(heap)
    total = 0
    while len(heap) > 2:
        first = heapq.heappop(heap)
        second = heapq.heappop(heap)
        total += first + second
        heapq.heappush(heap, first + second)
    return total + sum(heap)
