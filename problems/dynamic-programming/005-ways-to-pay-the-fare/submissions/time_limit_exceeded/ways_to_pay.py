# slow: O(k * fare^2): for each token and amount, loops over every possible count of that token
# origin: independent
def waysToPay(tokens: List[int], fare: int) -> int:
    MOD = 1_000_000_007
    prev = [0] * (fare + 1)
    prev[0] = 1
    for t in tokens:
        cur = [0] * (fare + 1)
        for amount in range(fare + 1):
            total = 0
            used = 0
            while used <= amount:
                total += prev[amount - used]
                used += t
            cur[amount] = total % MOD
        prev = cur
    return prev[fare]
