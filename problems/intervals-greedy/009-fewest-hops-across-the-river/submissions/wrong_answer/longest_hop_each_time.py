# bug: always hops as far as the current stone allows, which can need more hops or land on a dead end (fails sample 1)
# fails on: {"hops": [2, 2, 0, 1]}
# origin: independent
from typing import List


def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    route = [0]
    cur = 0
    while cur < n - 1:
        if hops[cur] == 0:
            return []
        cur = min(cur + hops[cur], n - 1)
        route.append(cur)
    return route
