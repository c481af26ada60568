# bug: overwrites the reach with the current stone's reach instead of keeping the maximum
# fails on: {"hops": [3, 0, 0, 1, 0]}
def canCrossStones(hops: List[int]) -> bool:
    farthest = 0
    for i, hop in enumerate(hops):
        if i > farthest:
            return False
        farthest = i + hop
        if farthest >= len(hops) - 1:
            return True
    return True
