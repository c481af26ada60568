# slow: O(n * max(hops)): marks every stone each reachable stone can land on
# origin: independent
from typing import List


def canCrossStones(hops: List[int]) -> bool:
    n = len(hops)
    reachable = [False] * n
    reachable[0] = True
    for i in range(n):
        if not reachable[i]:
            continue
        for j in range(i + 1, min(i + hops[i], n - 1) + 1):
            reachable[j] = True
    return reachable[n - 1]
