# slow: O((r c)^2): keeps sweeping the whole floor, lowering each square to its best neighbour + 1, until a full sweep changes nothing (a winding aisle needs ~r*c sweeps)
# origin: independent
def fewestSteps(floor: List[List[int]]) -> int:
    rows, cols = len(floor), len(floor[0])
    if floor[0][0] == 1 or floor[rows - 1][cols - 1] == 1:
        return -1
    INF = float("inf")
    dist = [[INF] * cols for _ in range(rows)]
    dist[0][0] = 0
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if floor[r][c] == 1:
                    continue
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] + 1 < dist[r][c]:
                        dist[r][c] = dist[nr][nc] + 1
                        changed = True
    best = dist[rows - 1][cols - 1]
    return -1 if best == INF else best
