from collections import Counter


def longestUniformStretch(s, k):
    # bug: the most common letter overall need not sit in one stretch
    if not s:
        return 0
    return min(len(s), max(Counter(s).values()) + k)
