class Solution:
    def trappedWater(self, heights: List[int]) -> int:
        # Tallest bar at or left of each column, and at or right of it: O(n) space.
        n = len(heights)
        if n < 3:
            return 0
        left = [0] * n
        right = [0] * n
        best = 0
        for i in range(n):
            best = max(best, heights[i])
            left[i] = best
        best = 0
        for i in range(n - 1, -1, -1):
            best = max(best, heights[i])
            right[i] = best
        return sum(min(left[i], right[i]) - heights[i] for i in range(n))
