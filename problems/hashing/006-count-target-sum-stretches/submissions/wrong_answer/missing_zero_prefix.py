# bug: does not seed the prefix-sum counts with the empty prefix 0, so stretches that start at position 0 are never counted (fails samples)
# fails on: {"nums": [5], "k": 5}
# origin: independent
from typing import List


def countTargetSumStretches(nums: List[int], k: int) -> int:
    seen = {}
    prefix = 0
    count = 0
    for x in nums:
        prefix += x
        count += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
