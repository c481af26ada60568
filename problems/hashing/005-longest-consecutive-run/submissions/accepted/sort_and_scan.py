class Solution:
    def longestConsecutiveRun(self, nums: List[int]) -> int:
        # O(n log n): fine for these limits, though not the O(n) idea.
        values = sorted(set(nums))
        best = run = 0
        for i, v in enumerate(values):
            run = run + 1 if i > 0 and v == values[i - 1] + 1 else 1
            best = max(best, run)
        return best
