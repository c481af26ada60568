# the 0/1-knapsack table of reachable sums up to half the total, swept downwards
def canSplitEvenly(weights):
    total = sum(weights)
    if total % 2:
        return False
    half = total // 2
    can = [True] + [False] * half
    for w in weights:
        for s in range(half, w - 1, -1):
            if can[s - w]:
                can[s] = True
        if can[half]:
            return True
    return can[half]
