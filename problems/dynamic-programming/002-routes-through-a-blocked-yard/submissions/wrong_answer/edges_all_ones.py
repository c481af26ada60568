# bug: fills the whole first row and first column with 1, so a crate on an edge does not block the cells beyond it
# fails on: {"yard": [[0, 1, 0], [0, 0, 0]]}
def countRoutes(yard):
    r, c = len(yard), len(yard[0])
    ways = [[0] * c for _ in range(r)]
    for i in range(r):
        ways[i][0] = 0 if yard[i][0] else 1
    for j in range(c):
        ways[0][j] = 0 if yard[0][j] else 1
    for i in range(1, r):
        for j in range(1, c):
            if not yard[i][j]:
                ways[i][j] = (ways[i - 1][j] + ways[i][j - 1]) % 1_000_000_007
    return ways[r - 1][c - 1]
