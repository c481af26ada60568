# bug: best starts from the first day-to-day difference instead of 0, so a falling price returns a loss
# fails on: {"prices": [5, 3]}
# origin: independent
from typing import List


def bestTradeGain(prices: List[int]) -> int:
    if len(prices) < 2:
        return 0
    best = prices[1] - prices[0]
    lowest = prices[0]
    for price in prices[1:]:
        best = max(best, price - lowest)
        lowest = min(lowest, price)
    return best
