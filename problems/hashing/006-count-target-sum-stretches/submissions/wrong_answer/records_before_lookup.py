# bug: records the current prefix before looking up prefix - k, so for k = 0 every empty stretch is counted too (fails samples 2 and 3)
# fails on: {"nums": [1], "k": 0}
# origin: independent
from typing import List


def countTargetSumStretches(nums: List[int], k: int) -> int:
    seen = {0: 1}
    prefix = 0
    count = 0
    for x in nums:
        prefix += x
        seen[prefix] = seen.get(prefix, 0) + 1
        count += seen.get(prefix - k, 0)
    return count
