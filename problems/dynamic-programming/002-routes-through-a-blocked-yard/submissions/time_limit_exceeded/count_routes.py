# slow: O(2^(r+c)): walks every route one by one with plain recursion, no memo
# origin: independent
def countRoutes(yard: List[List[int]]) -> int:
    MOD = 1_000_000_007
    rows, cols = len(yard), len(yard[0])

    def walk(i, j):
        if i >= rows or j >= cols or yard[i][j] == 1:
            return 0
        if i == rows - 1 and j == cols - 1:
            return 1
        return walk(i + 1, j) + walk(i, j + 1)

    return walk(0, 0) % MOD
