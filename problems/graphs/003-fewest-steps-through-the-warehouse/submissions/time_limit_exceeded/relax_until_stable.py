# slow: O((r c)^2) on a winding aisle: sweeps the whole floor lowering distances until a sweep changes nothing; each sweep may advance the front by one square
def fewestSteps(floor):
    rows, cols = len(floor), len(floor[0])
    if floor[0][0] or floor[-1][-1]:
        return -1
    INF = rows * cols + 1
    dist = [[INF] * cols for _ in range(rows)]
    dist[0][0] = 0
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            row = dist[r]
            for c in range(cols):
                if floor[r][c]:
                    continue
                best = row[c]
                if r and dist[r - 1][c] + 1 < best:
                    best = dist[r - 1][c] + 1
                if r + 1 < rows and dist[r + 1][c] + 1 < best:
                    best = dist[r + 1][c] + 1
                if c and row[c - 1] + 1 < best:
                    best = row[c - 1] + 1
                if c + 1 < cols and row[c + 1] + 1 < best:
                    best = row[c + 1] + 1
                if best < row[c]:
                    row[c] = best
                    changed = True
    d = dist[rows - 1][cols - 1]
    return -1 if d == INF else d
