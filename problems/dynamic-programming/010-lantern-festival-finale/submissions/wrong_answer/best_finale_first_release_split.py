# bug: splits on the lantern released FIRST, treating the two sides as independent rows with the original neighbours (fails all samples)
# fails on: {"glow": [2, 4, 3]}
# origin: independent
def bestFinale(glow: List[int]) -> int:
    n = len(glow)
    row = [1] + list(glow) + [1]
    dp = [[0] * (n + 2) for _ in range(n + 2)]
    for length in range(1, n + 1):
        for i in range(1, n - length + 2):
            j = i + length - 1
            for k in range(i, j + 1):
                dp[i][j] = max(dp[i][j], row[k - 1] * row[k] * row[k + 1] + dp[i][k - 1] + dp[k + 1][j])
    return dp[1][n]
