# bug: fills one hold greedily with the heaviest crates that still fit (passes all samples)
# fails on: {"weights": [3, 3, 2, 2, 2, 2]}
# origin: independent
def canSplitEvenly(weights: List[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    need = total // 2
    for w in sorted(weights, reverse=True):
        if w <= need:
            need -= w
    return need == 0
