# slow: O(n^2): for each stone, looks back at every earlier stone to find the fewest hops
# origin: independent
from typing import List


def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    INF = float("inf")
    best = [INF] * n
    came_from = [-1] * n
    best[0] = 0
    for j in range(1, n):
        for i in range(j):
            if best[i] + 1 < best[j] and i + hops[i] >= j:
                best[j] = best[i] + 1
                came_from[j] = i
    if best[n - 1] == INF:
        return []
    route = [n - 1]
    while route[-1] != 0:
        route.append(came_from[route[-1]])
    return route[::-1]
