# bug: uses a strict < k distance check, so a repeat exactly k apart is missed (fails sample 1)
# fails on: {"nums": [1, 1], "k": 1}
# origin: independent
from typing import List


def repeatWithinReach(nums: List[int], k: int) -> bool:
    last_seen = {}
    for i, x in enumerate(nums):
        if x in last_seen and i - last_seen[x] < k:
            return True
        last_seen[x] = i
    return False
