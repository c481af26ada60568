# origin: independent
def canSplitEvenly(weights: List[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    target = total // 2
    reachable = 1
    for w in weights:
        reachable |= reachable << w
        if reachable >> target & 1:
            return True
    return False
