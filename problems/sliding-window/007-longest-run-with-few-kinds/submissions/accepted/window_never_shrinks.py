class Solution:
    def longestRunWithFewKinds(self, nums: List[int], k: int) -> int:
        """The window only grows or slides: its final size is the answer."""
        counts: Dict[int, int] = {}
        left = 0
        for value in nums:
            counts[value] = counts.get(value, 0) + 1
            if len(counts) > k:
                out = nums[left]
                counts[out] -= 1
                if counts[out] == 0:
                    del counts[out]
                left += 1
        return len(nums) - left
