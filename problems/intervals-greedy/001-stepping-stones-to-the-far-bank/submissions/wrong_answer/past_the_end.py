# bug: requires the reach to go past the last stone (>= n) instead of onto it (>= n - 1)
# fails on: {"hops": [1, 0]}
def canCrossStones(hops: List[int]) -> bool:
    farthest = 0
    for i, hop in enumerate(hops):
        if i > farthest:
            return False
        farthest = max(farthest, i + hop)
    return farthest >= len(hops) or len(hops) == 1
