# bug: the loop over which lantern of a stretch goes last uses range(i, j) instead of range(i, j + 1), so the rightmost lantern of a stretch is never last (fails all samples)
# fails on: {"glow": [5]}
# origin: independent
def bestFinale(glow: List[int]) -> int:
    n = len(glow)
    g = [1] + list(glow) + [1]
    dp = [[0] * (n + 2) for _ in range(n + 2)]
    for length in range(1, n + 1):
        for i in range(1, n - length + 2):
            j = i + length - 1
            for k in range(i, j):
                dp[i][j] = max(dp[i][j], dp[i][k - 1] + g[i - 1] * g[k] * g[j + 1] + dp[k + 1][j])
    return dp[1][n]
