# bug: remembers only whether a prefix sum occurred, not how many times, so repeated prefix sums add 1 instead of their multiplicity (fails samples 2 and 3)
# fails on: {"nums": [1, -1, 1], "k": 1}
# origin: independent
from typing import List


def countTargetSumStretches(nums: List[int], k: int) -> int:
    seen = {0}
    prefix = 0
    count = 0
    for x in nums:
        prefix += x
        if prefix - k in seen:
            count += 1
        seen.add(prefix)
    return count
