# bug: runs the one-row inner loop backwards (the knapsack trick), so on a mismatch it takes the left value from the previous row (fails samples 1 and 3)
# fails on: {"first": "a", "second": "ab"}
# origin: independent
def longestShared(first: str, second: str) -> int:
    m = len(second)
    dp = [0] * (m + 1)
    for ch in first:
        for j in range(m, 0, -1):
            if ch == second[j - 1]:
                dp[j] = dp[j - 1] + 1
            else:
                dp[j] = max(dp[j], dp[j - 1])
    return dp[m]
