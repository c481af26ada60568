# bug: the saved diagonal is set to 0 once before all rows instead of at the start of each row, so column 1 reads a stale value (passes all samples)
# fails on: {"first": "aaa", "second": "a"}
# origin: independent
def longestShared(first: str, second: str) -> int:
    m = len(second)
    dp = [0] * (m + 1)
    diag = 0
    for ch in first:
        for j in range(1, m + 1):
            saved = dp[j]
            if ch == second[j - 1]:
                dp[j] = diag + 1
            else:
                dp[j] = max(dp[j], dp[j - 1])
            diag = saved
    return dp[m]
