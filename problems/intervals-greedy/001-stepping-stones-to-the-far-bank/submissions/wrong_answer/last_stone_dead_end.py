# bug: reports being stuck on any dead end at the reach limit, even when that dead end is the last stone (only n == 1 is special-cased)
# fails on: {"hops": [1, 0]}
# origin: independent
from typing import List


def canCrossStones(hops: List[int]) -> bool:
    n = len(hops)
    if n == 1:
        return True
    reach = 0
    for i in range(n):
        if i > reach:
            return False
        reach = max(reach, i + hops[i])
        if hops[i] == 0 and reach == i:
            return False
    return True
