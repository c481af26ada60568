# bug: sorts once and always splices the next cable onto the one just made (fails sample 02-equal-lengths)
# fails on: {"lengths": [2, 2, 3, 2]}
# origin: independent
from typing import List


def spliceCost(lengths: List[int]) -> int:
    if len(lengths) < 2:
        return 0
    pile = sorted(lengths)
    current = pile[0]
    total = 0
    for length in pile[1:]:
        current += length
        total += current
    return total
