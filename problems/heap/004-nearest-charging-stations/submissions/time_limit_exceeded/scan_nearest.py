# slow: O(n k): scans every station still unpicked to find the nearest one, k times
# origin: independent
from typing import List


def nearestStations(stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
    hx, hy = home
    dists = [(x - hx) ** 2 + (y - hy) ** 2 for x, y in stations]
    picked = [False] * len(stations)
    result = []
    for _ in range(k):
        best = -1
        for i in range(len(stations)):
            if not picked[i] and (best == -1 or dists[i] < dists[best]):
                best = i
        picked[best] = True
        result.append(list(stations[best]))
    return result
