class Solution:
    def longestLitStretch(self, lamps: List[int], k: int) -> int:
        """Fix k consecutive zeros (in zero order); the run reaches the unfixed zeros on both sides."""
        zeros = [i for i, lamp in enumerate(lamps) if lamp == 0]
        if k >= len(zeros):
            return len(lamps)
        bounds = [-1] + zeros + [len(lamps)]
        # fixing zeros[i .. i+k-1] lets the run extend from after bounds[i] to before bounds[i+k+1]
        best = 0
        for i in range(len(zeros) - k + 1):
            best = max(best, bounds[i + k + 1] - bounds[i] - 1)
        return best
