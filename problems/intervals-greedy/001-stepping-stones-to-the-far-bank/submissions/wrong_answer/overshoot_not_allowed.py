# bug: treats a hop longer than the distance to the last stone as unusable instead of letting it stop at any closer stone
# fails on: {"hops": [2, 0]}
# origin: independent
from typing import List


def canCrossStones(hops: List[int]) -> bool:
    n = len(hops)
    reach = 0
    for i in range(n):
        if i > reach:
            return False
        if i + hops[i] <= n - 1:
            reach = max(reach, i + hops[i])
    return True
