# origin: independent
from bisect import bisect_left, bisect_right


def valueSpans(nums, queries):
    n = len(nums)
    spans = []
    for q in queries:
        first = bisect_left(nums, q)
        if first < n and nums[first] == q:
            spans.append([first, bisect_right(nums, q, first) - 1])
        else:
            spans.append([-1, -1])
    return spans
