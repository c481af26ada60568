# bug: Counter.most_common orders equal counts by first appearance, not by smaller value
# fails on: {"nums": [4, 2, 2, 4], "k": 1}
from collections import Counter


def mostCommonValues(nums, k):
    return [value for value, _ in Counter(nums).most_common(k)]
