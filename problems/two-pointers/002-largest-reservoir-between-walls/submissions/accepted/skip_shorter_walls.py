class Solution:
    def maxReservoir(self, heights: List[int]) -> int:
        best = 0
        i, j = 0, len(heights) - 1
        while i < j:
            level = min(heights[i], heights[j])
            best = max(best, level * (j - i))
            # walls no taller than the current level can never beat it with less width
            while i < j and heights[i] <= level:
                i += 1
            while i < j and heights[j] <= level:
                j -= 1
        return best
