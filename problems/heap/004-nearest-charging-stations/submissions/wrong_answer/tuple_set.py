# bug: turns the stations into a set of tuples, which silently merges stations standing at the same spot (fails sample 02-same-spot)
# fails on: {"stations": [[1, 1], [1, 1], [5, 5]], "home": [0, 0], "k": 2}
# origin: independent
import heapq
from typing import List


def nearestStations(stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
    hx, hy = home
    points = {(x, y) for x, y in stations}
    heap = []
    for x, y in points:
        dist = (x - hx) ** 2 + (y - hy) ** 2
        heapq.heappush(heap, (-dist, x, y))
        if len(heap) > k:
            heapq.heappop(heap)
    return [[x, y] for _, x, y in heap]
