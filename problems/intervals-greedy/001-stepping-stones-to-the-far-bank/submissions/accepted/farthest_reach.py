# origin: independent
from typing import List


def canCrossStones(hops: List[int]) -> bool:
    n = len(hops)
    reach = 0
    for i in range(n):
        if i > reach:
            return False
        reach = max(reach, i + hops[i])
        if reach >= n - 1:
            return True
    return True
