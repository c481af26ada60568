# slow: O(n^2): grows a run from every start and stops when a (k+1)-th value appears
# origin: independent
from typing import List


def longestRunWithFewKinds(nums: List[int], k: int) -> int:
    n = len(nums)
    best = 0
    for i in range(n):
        kinds = set()
        length = 0
        for j in range(i, n):
            kinds.add(nums[j])
            if len(kinds) > k:
                break
            length += 1
        best = max(best, length)
    return best
