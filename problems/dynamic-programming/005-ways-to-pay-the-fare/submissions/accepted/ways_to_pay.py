# origin: independent
def waysToPay(tokens: List[int], fare: int) -> int:
    MOD = 1_000_000_007
    ways = [0] * (fare + 1)
    ways[0] = 1
    for t in tokens:
        for amount in range(t, fare + 1):
            ways[amount] = (ways[amount] + ways[amount - t]) % MOD
    return ways[fare]
