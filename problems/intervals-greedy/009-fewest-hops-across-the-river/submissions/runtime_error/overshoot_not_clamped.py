# bug: records a parent for every stone up to i + hops[i] without clamping to the last stone (IndexError when a hop overshoots)
# fails on: {"hops": [5, 0]}
# origin: independent
from typing import List


def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    parent = [-1] * n
    level_end = 0
    farthest = 0
    i = 0
    while level_end < n - 1:
        best = -1
        while i <= level_end:
            if i + hops[i] > farthest:
                farthest = i + hops[i]
                best = i
            i += 1
        if farthest <= level_end:
            return []
        for j in range(level_end + 1, farthest + 1):
            parent[j] = best
        level_end = farthest
    route = [n - 1]
    while route[-1] != 0:
        route.append(parent[route[-1]])
    return route[::-1]
