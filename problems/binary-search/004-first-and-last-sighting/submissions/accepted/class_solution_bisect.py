class Solution:
    def valueSpans(self, nums: List[int], queries: List[int]) -> List[List[int]]:
        """bisect_left and bisect_right give the run of q; pairs returned as tuples."""
        out = []
        for q in queries:
            lo = bisect.bisect_left(nums, q)
            hi = bisect.bisect_right(nums, q, lo)
            out.append((lo, hi - 1) if lo < hi else (-1, -1))
        return tuple(out)
