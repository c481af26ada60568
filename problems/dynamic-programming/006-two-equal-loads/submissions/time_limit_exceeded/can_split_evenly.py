# slow: O(n * S^2): keeps the reachable sums in a plain list and checks membership by scanning it
# origin: independent
def canSplitEvenly(weights: List[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    target = total // 2
    sums = [0]
    for w in weights:
        for s in list(sums):
            if s + w <= target and s + w not in sums:
                sums.append(s + w)
    return target in sums
