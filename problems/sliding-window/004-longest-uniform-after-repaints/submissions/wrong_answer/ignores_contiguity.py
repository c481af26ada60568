# bug: adds k to the count of the most common colour of the whole fence, though its boards need not be neighbours
# fails on: {"s": "ABA", "k": 0}
from collections import Counter


def longestUniformStretch(s, k):
    if not s:
        return 0
    return min(len(s), max(Counter(s).values()) + k)
