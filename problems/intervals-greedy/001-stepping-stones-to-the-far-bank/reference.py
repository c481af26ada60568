"""Frontier greedy: keep the farthest stone any reachable stone can hop to.

Stone i is reachable exactly when i <= farthest after the stones before it are scanned
(reachable stones form a prefix: a hop from j to k passes over every stone between).
The first stone beyond the frontier is unreachable, and so is everything after it.

Time O(n); extra space O(1).
"""


def canCrossStones(hops: list[int]) -> bool:
    farthest = 0
    last = len(hops) - 1
    for i, hop in enumerate(hops):
        if i > farthest:
            return False
        farthest = max(farthest, i + hop)
        if farthest >= last:
            return True
    return True
