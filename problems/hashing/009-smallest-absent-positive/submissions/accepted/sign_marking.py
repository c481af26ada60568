class Solution:
    def smallestAbsentPositive(self, nums: List[int]) -> int:
        n = len(nums)
        # Values outside 1..n never matter; replace them by n + 1 so every value is
        # positive, then mark "v is present" by making nums[v - 1] negative.
        for i in range(n):
            if not 1 <= nums[i] <= n:
                nums[i] = n + 1
        for i in range(n):
            v = abs(nums[i])
            if v <= n and nums[v - 1] > 0:
                nums[v - 1] = -nums[v - 1]
        for i in range(n):
            if nums[i] > 0:
                return i + 1
        return n + 1
