"""One pass with a running minimum (a window that always starts at the cheapest day so far).

For each selling day, the best buying day is the cheapest one before it, so it is enough
to remember that minimum and compare today's price against it.

Time O(n), extra space O(1).
"""


def bestTradeGain(prices: list[int]) -> int:
    lowest = prices[0]
    best = 0
    for price in prices:
        if price - lowest > best:
            best = price - lowest
        if price < lowest:
            lowest = price
    return best
