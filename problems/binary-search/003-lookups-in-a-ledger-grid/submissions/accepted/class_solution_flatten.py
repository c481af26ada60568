class Solution:
    def locateAll(self, grid: List[List[int]], queries: List[int]) -> List[List[int]]:
        """Flatten the grid once, then bisect; pairs are returned as tuples."""
        n = len(grid[0])
        flat = [v for row in grid for v in row]
        out = []
        for q in queries:
            k = bisect.bisect_left(flat, q)
            out.append(divmod(k, n) if k < len(flat) and flat[k] == q else (-1, -1))
        return out
