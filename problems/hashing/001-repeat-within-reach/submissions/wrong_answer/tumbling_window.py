# bug: clears the seen-set every k+1 positions (fixed blocks instead of a sliding window), so repeats across a block border are missed (fails sample 1)
# fails on: {"nums": [1, 2, 2], "k": 1}
# origin: independent
from typing import List


def repeatWithinReach(nums: List[int], k: int) -> bool:
    window = set()
    for i, x in enumerate(nums):
        if i % (k + 1) == 0:
            window.clear()
        if x in window:
            return True
        window.add(x)
    return False
