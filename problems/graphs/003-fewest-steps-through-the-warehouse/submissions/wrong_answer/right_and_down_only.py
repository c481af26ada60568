# bug: a table filled row by row that only allows moves right and down, so routes that turn back up or left are never found
# fails on: {"floor": [[0, 0, 0], [1, 1, 0], [0, 0, 0], [0, 1, 1], [0, 0, 0]]}
def fewestSteps(floor):
    rows, cols = len(floor), len(floor[0])
    INF = float("inf")
    dist = [[INF] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if floor[r][c]:
                continue
            if r == 0 and c == 0:
                dist[r][c] = 0
                continue
            up = dist[r - 1][c] if r else INF
            left = dist[r][c - 1] if c else INF
            dist[r][c] = min(up, left) + 1
    d = dist[rows - 1][cols - 1]
    return -1 if d == INF else d
