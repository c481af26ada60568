# bug: sorts the values inside a group of equal counts in decreasing order, so the larger value wins a tie
# fails on: {"nums": [5, 8, 5, 8, 1], "k": 1}
def mostCommonValues(nums, k):
    counts = {}
    for value in nums:
        counts[value] = counts.get(value, 0) + 1
    groups = {}
    for value, count in counts.items():
        groups.setdefault(count, []).append(value)
    ranked = []
    for count in sorted(groups, reverse=True):
        ranked.extend(sorted(groups[count], reverse=True))
    return ranked[:k]
