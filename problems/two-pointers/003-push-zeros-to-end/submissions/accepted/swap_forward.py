class Solution:
    def pushZerosToEnd(self, nums: List[int]) -> None:
        """Swap each non-zero value with the first zero before it (if any)."""
        slow = 0
        for fast in range(len(nums)):
            if nums[fast] != 0:
                if fast != slow:
                    nums[slow], nums[fast] = nums[fast], nums[slow]
                slow += 1
