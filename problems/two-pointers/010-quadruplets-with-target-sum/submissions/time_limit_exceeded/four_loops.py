# slow: O(n^4): tries every choice of four positions and dedupes with a set
# origin: independent
from typing import List


def targetQuadruplets(nums: List[int], target: int) -> List[List[int]]:
    nums = sorted(nums)
    n = len(nums)
    found = set()
    for a in range(n):
        for b in range(a + 1, n):
            for c in range(b + 1, n):
                for d in range(c + 1, n):
                    if nums[a] + nums[b] + nums[c] + nums[d] == target:
                        found.add((nums[a], nums[b], nums[c], nums[d]))
    return [list(q) for q in found]
