# bug: measures every distance from the origin, ignoring where home is
# fails on: {"stations": [[5, 2], [2, 4], [1, -2], [8, 1]], "home": [2, -1], "k": 2}
import heapq


def nearestStations(stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
    return heapq.nsmallest(k, stations, key=lambda p: p[0] * p[0] + p[1] * p[1])
