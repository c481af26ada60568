# bug: pays for each splice but never puts the new cable back into the pile
# fails on: {"lengths": [1, 2, 3]}
import heapq


def spliceCost(lengths: List[int]) -> int:
    heap = list(lengths)
    heapq.heapify(heap)
    total = 0
    while len(heap) > 1:
        total += heapq.heappop(heap) + heapq.heappop(heap)
    return total
