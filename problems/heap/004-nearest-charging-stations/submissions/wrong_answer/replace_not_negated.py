# bug: the replacement entry is pushed with +dist instead of -dist, so after one replacement the max-heap top is wrong
# fails on: {"stations": [[5, 0], [3, 0], [1, 0]], "home": [0, 0], "k": 1}
# origin: independent
import heapq
from typing import List


def nearestStations(stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
    if k == 0:
        return []
    hx, hy = home
    heap = []
    for x, y in stations:
        dist = (x - hx) ** 2 + (y - hy) ** 2
        if len(heap) < k:
            heapq.heappush(heap, (-dist, x, y))
        elif dist < -heap[0][0]:
            heapq.heapreplace(heap, (dist, x, y))
    return [[x, y] for _, x, y in heap]
