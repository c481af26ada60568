def bestTradeGain(prices):
    # every buy day against every later sell day: O(n^2)
    best = 0
    n = len(prices)
    for b in range(n):
        buy = prices[b]
        for s in range(b + 1, n):
            if prices[s] - buy > best:
                best = prices[s] - buy
    return best
