# bug: walks the amounts downwards (the 0/1 knapsack order), so each token value can be used at most once (fails sample 1)
# fails on: {"tokens": [1], "fare": 2}
# origin: independent
def waysToPay(tokens: List[int], fare: int) -> int:
    MOD = 1_000_000_007
    ways = [0] * (fare + 1)
    ways[0] = 1
    for t in tokens:
        for amount in range(fare, t - 1, -1):
            ways[amount] = (ways[amount] + ways[amount - t]) % MOD
    return ways[fare]
