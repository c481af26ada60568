# bug: fills the table with the left end in increasing order, so it reads stretches to the right that are not computed yet (fails samples 1 and 2)
# fails on: {"glow": [2, 4, 3]}
# origin: independent
def bestFinale(glow: List[int]) -> int:
    row = [1] + list(glow) + [1]
    m = len(row)
    best = [[0] * m for _ in range(m)]
    for left in range(m):
        for right in range(left + 2, m):
            for last in range(left + 1, right):
                score = best[left][last] + row[left] * row[last] * row[right] + best[last][right]
                best[left][right] = max(best[left][right], score)
    return best[0][m - 1]
