# bug: counts the letters the two strings have in common, ignoring their order
# fails on: {"first": "ab", "second": "ba"}
from collections import Counter


def longestShared(first, second):
    return sum((Counter(first) & Counter(second)).values())
