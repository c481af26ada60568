# origin: independent
def bestFinale(glow: List[int]) -> int:
    row = [1] + list(glow) + [1]
    m = len(row)
    best = [[0] * m for _ in range(m)]
    for gap in range(2, m):
        for left in range(0, m - gap):
            right = left + gap
            edge = row[left] * row[right]
            top = 0
            for last in range(left + 1, right):
                score = best[left][last] + edge * row[last] + best[last][right]
                if score > top:
                    top = score
            best[left][right] = top
    return best[0][m - 1]
