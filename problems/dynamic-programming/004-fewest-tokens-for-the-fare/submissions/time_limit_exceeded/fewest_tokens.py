# slow: O(fare^2): builds every amount by trying every way to split it into two smaller amounts
# origin: independent
def fewestTokens(tokens: List[int], fare: int) -> int:
    INF = float('inf')
    token_set = set(tokens)
    best = [INF] * (fare + 1)
    best[0] = 0
    for amount in range(1, fare + 1):
        if amount in token_set:
            best[amount] = 1
            continue
        for part in range(1, amount):
            total = best[part] + best[amount - part]
            if total < best[amount]:
                best[amount] = total
    return best[fare] if best[fare] != INF else -1
