# bug: seeds the start with one route before looking at it, so a crate on the start cell is walked through
# fails on: {"yard": [[1, 0]]}
def countRoutes(yard):
    r, c = len(yard), len(yard[0])
    ways = [[0] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if i == 0 and j == 0:
                ways[i][j] = 1
            elif yard[i][j] == 0:
                up = ways[i - 1][j] if i else 0
                left = ways[i][j - 1] if j else 0
                ways[i][j] = (up + left) % 1_000_000_007
    return ways[r - 1][c - 1]
