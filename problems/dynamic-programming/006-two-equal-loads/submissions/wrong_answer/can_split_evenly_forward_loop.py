# bug: walks the sums upwards, so the same crate can be counted several times (fails sample 3)
# fails on: {"weights": [1, 2, 5]}
# origin: independent
def canSplitEvenly(weights: List[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    target = total // 2
    reachable = [False] * (target + 1)
    reachable[0] = True
    for w in weights:
        for s in range(w, target + 1):
            if reachable[s - w]:
                reachable[s] = True
    return reachable[target]
