# bug: scans only stones 0..n-2 and returns True without checking that the last stone itself is within reach
# fails on: {"hops": [1, 0, 0]}
# origin: independent
from typing import List


def canCrossStones(hops: List[int]) -> bool:
    n = len(hops)
    reach = 0
    for i in range(n - 1):
        if i > reach:
            return False
        reach = max(reach, i + hops[i])
    return True
