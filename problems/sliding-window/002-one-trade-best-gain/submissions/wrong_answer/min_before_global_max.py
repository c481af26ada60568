# bug: greedy shortcut: only considers selling at the highest price, buying at the lowest price before it
# fails on: {"prices": [3, 10, 1, 9]}
# origin: independent
from typing import List


def bestTradeGain(prices: List[int]) -> int:
    top = max(range(len(prices)), key=lambda i: prices[i])
    if top == 0:
        return 0
    return prices[top] - min(prices[:top])
