# origin: independent
from typing import List


def mostCommonValues(nums: List[int], k: int) -> List[int]:
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    ranked = sorted(counts, key=lambda v: (-counts[v], v))
    return ranked[:k]
