# bug: tests the stored index for truthiness, so a value last seen at position 0 is treated as unseen
# fails on: {"nums": [2, 2], "k": 1}
# origin: independent
from typing import List


def repeatWithinReach(nums: List[int], k: int) -> bool:
    last_seen = {}
    for i, x in enumerate(nums):
        j = last_seen.get(x)
        if j and i - j <= k:
            return True
        last_seen[x] = i
    return False
