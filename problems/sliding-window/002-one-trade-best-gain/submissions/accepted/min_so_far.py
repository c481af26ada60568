# running minimum: sell today against the cheapest earlier day
# origin: independent
from typing import List


def bestTradeGain(prices: List[int]) -> int:
    lowest = prices[0]
    best = 0
    for price in prices[1:]:
        if price - lowest > best:
            best = price - lowest
        if price < lowest:
            lowest = price
    return best
