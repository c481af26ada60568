# bug: uses fare itself as the "impossible" sentinel, so a fare paid only with 1-tokens (fare tokens) reads as impossible (passes all samples)
# fails on: {"tokens": [1], "fare": 2}
# origin: independent
def fewestTokens(tokens: List[int], fare: int) -> int:
    dp = [fare] * (fare + 1)
    dp[0] = 0
    for amount in range(1, fare + 1):
        for t in tokens:
            if t <= amount:
                dp[amount] = min(dp[amount], dp[amount - t] + 1)
    return dp[fare] if dp[fare] < fare else -1
