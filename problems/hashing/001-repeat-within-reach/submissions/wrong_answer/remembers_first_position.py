# bug: remembers only the first position of each value, so a later close repeat is compared against a stale far-away index
# fails on: {"nums": [5, 0, 5, 5], "k": 1}
# origin: independent
from typing import List


def repeatWithinReach(nums: List[int], k: int) -> bool:
    first_seen = {}
    for i, x in enumerate(nums):
        if x in first_seen:
            if i - first_seen[x] <= k:
                return True
        else:
            first_seen[x] = i
    return False
