class Solution:
    def bestFinale(self, glow: List[int]) -> int:
        # dp[i][j]: best for releasing exactly lanterns i..j, with glow[i-1] and glow[j+1] (or 1) still there
        n = len(glow)
        dp = [[0] * n for _ in range(n)]
        for length in range(1, n + 1):
            for i in range(n - length + 1):
                j = i + length - 1
                outside = (glow[i - 1] if i > 0 else 1) * (glow[j + 1] if j + 1 < n else 1)
                top = 0
                for k in range(i, j + 1):
                    left = dp[i][k - 1] if k > i else 0
                    right = dp[k + 1][j] if k < j else 0
                    top = max(top, left + right + outside * glow[k])
                dp[i][j] = top
        return dp[0][n - 1]
