# bug: treats q as absent only when the lower bound runs off the end; a q that falls between two values gets [first, first - 1] (fails the samples)
# fails on: {"nums": [1, 3], "queries": [2]}
# origin: independent
from bisect import bisect_left, bisect_right


def valueSpans(nums, queries):
    spans = []
    for q in queries:
        first = bisect_left(nums, q)
        if first == len(nums):
            spans.append([-1, -1])
        else:
            spans.append([first, bisect_right(nums, q) - 1])
    return spans
