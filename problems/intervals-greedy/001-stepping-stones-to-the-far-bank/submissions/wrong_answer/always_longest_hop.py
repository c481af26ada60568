# bug: always hops as far as possible, which can land on a dead end that a shorter hop avoids
# fails on: {"hops": [2, 3, 0, 0, 1]}
def canCrossStones(hops: List[int]) -> bool:
    i, last = 0, len(hops) - 1
    while i < last:
        if hops[i] == 0:
            return False
        i += hops[i]
    return True
