# bug: fills the borders from index 1 and never marks the start itself, so a 1 x 1 yard gives 0 instead of 1 (passes all samples)
# fails on: {"yard": [[0]]}
# origin: independent
def countRoutes(yard: List[List[int]]) -> int:
    MOD = 1_000_000_007
    rows, cols = len(yard), len(yard[0])
    if yard[0][0] == 1:
        return 0
    dp = [[0] * cols for _ in range(rows)]
    for j in range(1, cols):
        if yard[0][j] == 1:
            break
        dp[0][j] = 1
    for i in range(1, rows):
        if yard[i][0] == 1:
            break
        dp[i][0] = 1
    for i in range(1, rows):
        for j in range(1, cols):
            if yard[i][j] == 0:
                dp[i][j] = (dp[i - 1][j] + dp[i][j - 1]) % MOD
    return dp[rows - 1][cols - 1]
