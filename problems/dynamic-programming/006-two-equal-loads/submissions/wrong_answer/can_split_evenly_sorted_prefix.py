# bug: after sorting, only tries splits where the lightest crates form one hold (a prefix of the sorted list) (passes all samples)
# fails on: {"weights": [1, 1, 3, 3]}
# origin: independent
def canSplitEvenly(weights: List[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    running = 0
    for w in sorted(weights):
        running += w
        if running == total // 2:
            return True
    return False
