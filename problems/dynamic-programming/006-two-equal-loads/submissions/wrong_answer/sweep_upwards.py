# bug: sweeps the sums upwards, so a crate that was just added can be added again (unbounded instead of 0/1)
# fails on: {"weights": [1, 3]}
def canSplitEvenly(weights):
    total = sum(weights)
    if total % 2:
        return False
    half = total // 2
    can = [True] + [False] * half
    for w in weights:
        for s in range(w, half + 1):
            if can[s - w]:
                can[s] = True
    return can[half]
