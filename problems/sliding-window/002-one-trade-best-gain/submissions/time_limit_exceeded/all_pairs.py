# slow: O(n^2): tries every buy day against every later sell day
# origin: independent
from typing import List


def bestTradeGain(prices: List[int]) -> int:
    best = 0
    n = len(prices)
    for b in range(n):
        for s in range(b + 1, n):
            gain = prices[s] - prices[b]
            if gain > best:
                best = gain
    return best
