# bug: picks the next stone with the largest hops[j] instead of the largest j + hops[j], so a far stone with a short hop loses to a near one
# fails on: {"hops": [2, 1, 1, 1]}
# origin: independent
from typing import List


def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    route = [0]
    cur = 0
    while cur < n - 1:
        if cur + hops[cur] >= n - 1:
            route.append(n - 1)
            break
        if hops[cur] == 0:
            return []
        nxt = cur + 1
        for j in range(cur + 1, cur + hops[cur] + 1):
            if hops[j] > hops[nxt]:
                nxt = j
        route.append(nxt)
        cur = nxt
    return route
