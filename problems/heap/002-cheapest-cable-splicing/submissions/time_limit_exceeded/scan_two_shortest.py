# slow: O(n^2): searches the whole pile for the two shortest cables before every splice
# origin: independent
from typing import List


def spliceCost(lengths: List[int]) -> int:
    pile = list(lengths)
    total = 0
    while len(pile) > 1:
        first = pile.pop(pile.index(min(pile)))
        second = pile.pop(pile.index(min(pile)))
        total += first + second
        pile.append(first + second)
    return total
