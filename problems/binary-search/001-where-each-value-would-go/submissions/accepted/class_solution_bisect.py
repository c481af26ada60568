class Solution:
    def insertPositions(self, nums: List[int], queries: List[int]) -> List[int]:
        """The library's lower bound, bisect.bisect_left, once per query; a tuple is returned."""
        return tuple(bisect.bisect_left(nums, q) for q in queries)
