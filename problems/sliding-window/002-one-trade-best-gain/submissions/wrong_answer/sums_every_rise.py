def bestTradeGain(prices):
    # bug: adds up every daily rise, as if many trades were allowed
    gain = 0
    for i in range(1, len(prices)):
        if prices[i] > prices[i - 1]:
            gain += prices[i] - prices[i - 1]
    return gain
