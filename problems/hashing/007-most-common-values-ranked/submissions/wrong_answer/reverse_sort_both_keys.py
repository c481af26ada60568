# bug: sorts by (count, value) with reverse=True, so among equal counts the larger value comes first (fails samples 2 and 3)
# fails on: {"nums": [1, 2], "k": 1}
# origin: independent
from collections import Counter
from typing import List


def mostCommonValues(nums: List[int], k: int) -> List[int]:
    counts = Counter(nums)
    ranked = sorted(counts, key=lambda v: (counts[v], v), reverse=True)
    return ranked[:k]
