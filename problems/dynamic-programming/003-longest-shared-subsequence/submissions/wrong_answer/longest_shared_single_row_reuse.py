# bug: squeezes the table into one row but reads the diagonal after overwriting it, so a letter of first can be matched twice (passes all samples)
# fails on: {"first": "a", "second": "aa"}
# origin: independent
def longestShared(first: str, second: str) -> int:
    m = len(second)
    dp = [0] * (m + 1)
    for ch in first:
        for j in range(1, m + 1):
            if ch == second[j - 1]:
                dp[j] = dp[j - 1] + 1
            else:
                dp[j] = max(dp[j], dp[j - 1])
    return dp[m]
