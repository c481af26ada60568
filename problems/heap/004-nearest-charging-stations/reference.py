"""A max-heap (negated squared distances) of the k nearest stations seen so far.

The root is the farthest of the current k, the one a new station must beat. Squared
distances compare exactly like distances and stay integers, so no square root is taken.
The index in each entry breaks ties between equal distances without comparing stations.

Time O(n log k); extra space O(k).
"""

import heapq


def nearestStations(stations: list[list[int]], home: list[int], k: int) -> list[list[int]]:
    if k == 0:
        return []
    hx, hy = home
    heap: list[tuple[int, int]] = []  # (-squared distance, index)
    for i, (x, y) in enumerate(stations):
        far = -((x - hx) ** 2 + (y - hy) ** 2)
        if len(heap) < k:
            heapq.heappush(heap, (far, i))
        elif far > heap[0][0]:
            heapq.heapreplace(heap, (far, i))
    return [stations[i] for _, i in heap]
