class Solution:
    def searchTurned(self, nums: List[int], queries: List[int]) -> List[int]:
        """The values are distinct, so a dict from value to index answers each query; a tuple is returned."""
        where = {x: i for i, x in enumerate(nums)}
        return tuple(where.get(q, -1) for q in queries)
