# bug: only compares consecutive days, so a gain built over several rising days is missed
# fails on: {"prices": [1, 2, 3]}
# origin: independent
from typing import List


def bestTradeGain(prices: List[int]) -> int:
    best = 0
    for i in range(1, len(prices)):
        best = max(best, prices[i] - prices[i - 1])
    return best
