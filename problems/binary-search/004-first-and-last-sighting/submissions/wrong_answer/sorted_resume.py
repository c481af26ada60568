# bug: answers the queries in sorted order and starts each search just after the previous run, so a repeated query value is reported missing the second time (passes all samples)
# fails on: {"nums": [1, 4, 4, 7], "queries": [4, 4]}
# origin: independent
from bisect import bisect_left, bisect_right


def valueSpans(nums, queries):
    spans = [None] * len(queries)
    start = 0
    for i in sorted(range(len(queries)), key=lambda j: queries[j]):
        q = queries[i]
        first = bisect_left(nums, q, start)
        if first < len(nums) and nums[first] == q:
            last = bisect_right(nums, q, first) - 1
            spans[i] = [first, last]
            start = last + 1
        else:
            spans[i] = [-1, -1]
            start = first
    return spans
