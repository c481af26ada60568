# bug: stops at the first token larger than the fare, assuming tokens are sorted ascending (passes all samples)
# fails on: {"tokens": [7, 2], "fare": 4}
# origin: independent
def waysToPay(tokens: List[int], fare: int) -> int:
    MOD = 1_000_000_007
    ways = [0] * (fare + 1)
    ways[0] = 1
    for t in tokens:
        if t > fare:
            break
        for amount in range(t, fare + 1):
            ways[amount] = (ways[amount] + ways[amount - t]) % MOD
    return ways[fare]
