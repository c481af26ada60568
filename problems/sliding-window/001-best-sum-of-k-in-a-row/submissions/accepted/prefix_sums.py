class Solution:
    def bestWindowSum(self, nums: List[int], k: int) -> int:
        """Prefix sums: the block starting at i sums to prefix[i + k] - prefix[i]."""
        prefix = [0]
        for value in nums:
            prefix.append(prefix[-1] + value)
        return max(prefix[i + k] - prefix[i] for i in range(len(nums) - k + 1))
