from collections import Counter


def mostCommonValues(nums, k):
    # bug: most_common orders equal counts by first appearance, not by smaller value
    return [value for value, _ in Counter(nums).most_common(k)]
