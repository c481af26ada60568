# bug: counts by sorting and scanning runs, but never records the final run of equal values (fails sample 2)
# fails on: {"nums": [1, 2, 2], "k": 1}
# origin: independent
from typing import List


def mostCommonValues(nums: List[int], k: int) -> List[int]:
    ordered = sorted(nums)
    pairs = []
    run_value = ordered[0]
    run_length = 0
    for x in ordered:
        if x == run_value:
            run_length += 1
        else:
            pairs.append((-run_length, run_value))
            run_value = x
            run_length = 1
    pairs.sort()
    return [v for _, v in pairs[:k]]
