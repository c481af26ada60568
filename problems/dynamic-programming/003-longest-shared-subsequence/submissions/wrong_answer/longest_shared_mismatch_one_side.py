# bug: on a mismatch only drops the letter of first, never the letter of second (fails sample 1)
# fails on: {"first": "ab", "second": "axb"}
# origin: independent
def longestShared(first: str, second: str) -> int:
    n, m = len(first), len(second)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if first[i - 1] == second[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = dp[i - 1][j]
    return max(dp[n])
