"""The classic table over prefixes, two rows at a time.

best[i][j] is the answer for first[:i] and second[:j]. If the last letters match, some
longest shared subsequence uses them both: best[i - 1][j - 1] + 1. Otherwise one of
them is unused: max(best[i - 1][j], best[i][j - 1]).

Time O(n * m); extra space O(m).
"""


def longestShared(first: str, second: str) -> int:
    prev = [0] * (len(second) + 1)
    for a in first:
        cur = [0]
        for j, b in enumerate(second):
            if a == b:
                cur.append(prev[j] + 1)
            else:
                cur.append(max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
