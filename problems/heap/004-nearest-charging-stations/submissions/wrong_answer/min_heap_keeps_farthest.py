# bug: a min-heap of distances capped at k evicts the nearest station, keeping the farthest k
# fails on: {"stations": [[1, 0], [5, 0], [2, 0]], "home": [0, 0], "k": 2}
import heapq


def nearestStations(stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
    if k == 0:
        return []
    hx, hy = home
    heap = []
    for i, (x, y) in enumerate(stations):
        heapq.heappush(heap, ((x - hx) ** 2 + (y - hy) ** 2, i))
        if len(heap) > k:
            heapq.heappop(heap)
    return [stations[i] for _, i in heap]
