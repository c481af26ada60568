# bug: greedy always takes the longest hop from the current stone instead of tracking the farthest reach over all stones passed
# fails on: {"hops": [2, 2, 0, 1]}
# origin: independent
from typing import List


def canCrossStones(hops: List[int]) -> bool:
    n = len(hops)
    pos = 0
    while pos < n - 1:
        if hops[pos] == 0:
            return False
        pos = min(pos + hops[pos], n - 1)
    return True
