# bug: early exit "fare smaller than every token means impossible" also fires for a fare of 0 (passes all samples)
# fails on: {"tokens": [3], "fare": 0}
# origin: independent
def fewestTokens(tokens: List[int], fare: int) -> int:
    if fare < min(tokens):
        return -1
    INF = float('inf')
    dp = [INF] * (fare + 1)
    dp[0] = 0
    for t in tokens:
        for amount in range(t, fare + 1):
            if dp[amount - t] + 1 < dp[amount]:
                dp[amount] = dp[amount - t] + 1
    return -1 if dp[fare] == INF else dp[fare]
