# bug: returns the farthest point of each level as the route, but that stone need not be reachable from the previous one (fails sample 1)
# fails on: {"hops": [2, 3, 1, 1, 4]}
# origin: independent
from typing import List


def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    route = [0]
    level_end = 0
    farthest = 0
    for i in range(n - 1):
        farthest = max(farthest, i + hops[i])
        if i == level_end:
            if farthest <= i:
                return []
            level_end = min(farthest, n - 1)
            route.append(level_end)
            if level_end == n - 1:
                break
    return route
