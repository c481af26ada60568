class Solution:
    def findTargetPair(self, nums: List[int], target: int) -> List[int]:
        order = sorted(range(len(nums)), key=lambda p: nums[p])
        lo, hi = 0, len(order) - 1
        while lo < hi:
            total = nums[order[lo]] + nums[order[hi]]
            if total == target:
                return sorted([order[lo], order[hi]])
            if total < target:
                lo += 1
            else:
                hi -= 1
        return []
