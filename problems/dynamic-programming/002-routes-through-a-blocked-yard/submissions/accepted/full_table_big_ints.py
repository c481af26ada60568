class Solution:
    def countRoutes(self, yard: List[List[int]]) -> int:
        # the whole table with exact big integers, reduced only at the end
        r, c = len(yard), len(yard[0])
        table = [[0] * (c + 1) for _ in range(r + 1)]
        table[0][1] = 1  # a virtual entry above the start
        for i in range(1, r + 1):
            for j in range(1, c + 1):
                if yard[i - 1][j - 1] == 0:
                    table[i][j] = table[i - 1][j] + table[i][j - 1]
        return table[r][c] % 1_000_000_007
