# bug: fills the first row with 1 on every free cell, even past a crate that cuts it off (passes all samples)
# fails on: {"yard": [[0, 1, 0], [0, 0, 0]]}
# origin: independent
def countRoutes(yard: List[List[int]]) -> int:
    MOD = 1_000_000_007
    rows, cols = len(yard), len(yard[0])
    ways = [1 if yard[0][j] == 0 else 0 for j in range(cols)]
    for i in range(1, rows):
        for j in range(cols):
            if yard[i][j] == 1:
                ways[j] = 0
            elif j > 0:
                ways[j] = (ways[j] + ways[j - 1]) % MOD
    return ways[cols - 1]
