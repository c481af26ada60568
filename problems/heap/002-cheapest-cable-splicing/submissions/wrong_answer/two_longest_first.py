# bug: a max-heap by mistake: always splices the two longest cables
# fails on: {"lengths": [1, 2, 3]}
import heapq


def spliceCost(lengths: List[int]) -> int:
    heap = [-x for x in lengths]
    heapq.heapify(heap)
    total = 0
    while len(heap) > 1:
        joined = -heapq.heappop(heap) - heapq.heappop(heap)
        total += joined
        heapq.heappush(heap, -joined)
    return total
