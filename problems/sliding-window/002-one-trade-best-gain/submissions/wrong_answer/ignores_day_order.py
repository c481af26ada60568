def bestTradeGain(prices):
    # bug: the cheapest day may come after the most expensive one
    return max(prices) - min(prices)
