# origin: independent
def fewestTokens(tokens: List[int], fare: int) -> int:
    INF = float('inf')
    best = [0] + [INF] * fare
    for amount in range(1, fare + 1):
        for t in tokens:
            if t <= amount and best[amount - t] + 1 < best[amount]:
                best[amount] = best[amount - t] + 1
    return best[fare] if best[fare] != INF else -1
