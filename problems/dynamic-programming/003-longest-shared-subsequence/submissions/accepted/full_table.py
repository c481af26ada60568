class Solution:
    def longestShared(self, first: str, second: str) -> int:
        # the full (n + 1) x (m + 1) table
        n, m = len(first), len(second)
        t = [[0] * (m + 1) for _ in range(n + 1)]
        for i in range(n - 1, -1, -1):
            for j in range(m - 1, -1, -1):
                if first[i] == second[j]:
                    t[i][j] = t[i + 1][j + 1] + 1
                else:
                    t[i][j] = max(t[i + 1][j], t[i][j + 1])
        return t[0][0]
