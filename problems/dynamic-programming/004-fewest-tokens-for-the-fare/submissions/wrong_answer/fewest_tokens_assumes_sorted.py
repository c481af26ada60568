# bug: breaks out of the token loop at the first token that is too big, assuming tokens are sorted ascending (passes all samples)
# fails on: {"tokens": [3, 1], "fare": 2}
# origin: independent
def fewestTokens(tokens: List[int], fare: int) -> int:
    INF = float('inf')
    dp = [INF] * (fare + 1)
    dp[0] = 0
    for amount in range(1, fare + 1):
        for t in tokens:
            if t > amount:
                break
            dp[amount] = min(dp[amount], dp[amount - t] + 1)
    return -1 if dp[fare] == INF else dp[fare]
