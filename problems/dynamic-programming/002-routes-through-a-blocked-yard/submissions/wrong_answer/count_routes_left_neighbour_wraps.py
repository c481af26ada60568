# bug: adds ways[j - 1] in column 0 of later rows, where Python's ways[-1] silently reads the last column (fails sample 1)
# fails on: {"yard": [[0, 0], [0, 0]]}
# origin: independent
def countRoutes(yard: List[List[int]]) -> int:
    MOD = 1_000_000_007
    rows, cols = len(yard), len(yard[0])
    ways = [0] * cols
    ways[0] = 1 if yard[0][0] == 0 else 0
    for i in range(rows):
        for j in range(cols):
            if yard[i][j] == 1:
                ways[j] = 0
            elif i > 0 or j > 0:
                ways[j] = (ways[j] + ways[j - 1]) % MOD
    return ways[cols - 1]
