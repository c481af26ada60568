# bug: seeds the start cell with 1 without checking whether a crate stands on it (passes all samples)
# fails on: {"yard": [[1, 0], [0, 0]]}
# origin: independent
def countRoutes(yard: List[List[int]]) -> int:
    MOD = 1_000_000_007
    rows, cols = len(yard), len(yard[0])
    dp = [[0] * cols for _ in range(rows)]
    dp[0][0] = 1
    for i in range(rows):
        for j in range(cols):
            if i == 0 and j == 0:
                continue
            if yard[i][j] == 1:
                continue
            total = 0
            if i > 0:
                total += dp[i - 1][j]
            if j > 0:
                total += dp[i][j - 1]
            dp[i][j] = total % MOD
    return dp[rows - 1][cols - 1]
