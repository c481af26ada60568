# bug: never checks that the total is even, so total // 2 rounds down and an odd total can look splittable (passes all samples)
# fails on: {"weights": [1, 2]}
# origin: independent
def canSplitEvenly(weights: List[int]) -> bool:
    target = sum(weights) // 2
    reachable = [False] * (target + 1)
    reachable[0] = True
    for w in weights:
        for s in range(target, w - 1, -1):
            if reachable[s - w]:
                reachable[s] = True
    return reachable[target]
