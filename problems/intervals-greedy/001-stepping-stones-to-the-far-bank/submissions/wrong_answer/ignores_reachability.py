# bug: takes the farthest reach over all stones, even stones that can never be reached
# fails on: {"hops": [1, 0, 100000, 0]}
def canCrossStones(hops: List[int]) -> bool:
    farthest = 0
    for i, hop in enumerate(hops):
        farthest = max(farthest, i + hop)
    return farthest >= len(hops) - 1
