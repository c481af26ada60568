# bug: returns the highest price minus the lowest, even when the cheapest day comes after the most expensive one
# fails on: {"prices": [9, 1]}
def bestTradeGain(prices):
    return max(prices) - min(prices)
