# bug: loop bound stops one day early, so selling on the last day is never considered
# fails on: {"prices": [3, 1, 4]}
# origin: independent
from typing import List


def bestTradeGain(prices: List[int]) -> int:
    lowest = prices[0]
    best = 0
    for i in range(1, len(prices) - 1):
        lowest = min(lowest, prices[i])
        best = max(best, prices[i] - lowest)
    return best
