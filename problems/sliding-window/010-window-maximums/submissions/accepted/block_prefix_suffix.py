class Solution:
    def windowMaximums(self, nums: List[int], k: int) -> List[int]:
        """O(n) without a deque: cut the list into blocks of k; every window spans the
        tail of one block and the head of the next, so combine suffix and prefix maxima."""
        n = len(nums)
        prefix = nums[:]
        for i in range(1, n):
            if i % k and prefix[i - 1] > prefix[i]:
                prefix[i] = prefix[i - 1]
        suffix = nums[:]
        for i in range(n - 2, -1, -1):
            if (i + 1) % k and suffix[i + 1] > suffix[i]:
                suffix[i] = suffix[i + 1]
        return [max(suffix[i], prefix[i + k - 1]) for i in range(n - k + 1)]
