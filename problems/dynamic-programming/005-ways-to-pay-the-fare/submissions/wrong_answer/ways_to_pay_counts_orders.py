# bug: loops over amounts outside and tokens inside, so it counts every order of the same tokens separately (fails sample 1)
# fails on: {"tokens": [1, 2], "fare": 3}
# origin: independent
def waysToPay(tokens: List[int], fare: int) -> int:
    MOD = 1_000_000_007
    ways = [0] * (fare + 1)
    ways[0] = 1
    for amount in range(1, fare + 1):
        for t in tokens:
            if t <= amount:
                ways[amount] = (ways[amount] + ways[amount - t]) % MOD
    return ways[fare]
