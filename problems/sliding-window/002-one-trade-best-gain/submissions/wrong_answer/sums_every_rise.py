# bug: adds up every daily rise, as if many trades were allowed
# fails on: {"prices": [1, 2, 1, 2]}
def bestTradeGain(prices):
    gain = 0
    for i in range(1, len(prices)):
        if prices[i] > prices[i - 1]:
            gain += prices[i] - prices[i - 1]
    return gain
