"""Interval DP on the last lantern released between two lanterns that stay.

Pad the row with a 1 at each end: b = [1] + glow + [1]. best[l][r] is the most the
crowd can cheer for releasing every lantern strictly between l and r while l and r
stay. If k is released last among them, its neighbours at that moment are l and r, and
the two sides were emptied independently: best[l][r] = max over l < k < r of
best[l][k] + best[k][r] + b[l] * b[k] * b[r]. Gaps are filled from short to long.

Time O(n^3); extra space O(n^2).
"""


def bestFinale(glow: list[int]) -> int:
    b = [1] + glow + [1]
    m = len(b)
    best = [[0] * m for _ in range(m)]
    for gap in range(2, m):
        for l in range(m - gap):
            r = l + gap
            row_l, edge = best[l], b[l] * b[r]
            top = 0
            for k in range(l + 1, r):
                score = row_l[k] + best[k][r] + edge * b[k]
                if score > top:
                    top = score
            row_l[r] = top
    return best[0][m - 1]
