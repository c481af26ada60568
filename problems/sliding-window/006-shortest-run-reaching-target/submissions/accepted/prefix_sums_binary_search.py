class Solution:
    def shortestRunReachingTarget(self, nums: List[int], target: int) -> int:
        """O(n log n): prefix sums are strictly increasing, so binary-search each end."""
        prefix = [0]
        for value in nums:
            prefix.append(prefix[-1] + value)
        best = 0
        for end in range(1, len(prefix)):
            need = prefix[end] - target
            if need < 0:
                continue
            start = bisect.bisect_right(prefix, need, 0, end) - 1
            if best == 0 or end - start < best:
                best = end - start
        return best
