# bug: counts one night per BFS level, including the last level from which nothing new catches the blight, so every positive answer is one too large
# fails on: {"orchard": [[2, 1]]}
def daysUntilBlighted(orchard):
    rows, cols = len(orchard), len(orchard[0])
    grid = [row[:] for row in orchard]
    frontier = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
    healthy = sum(row.count(1) for row in grid)
    if healthy == 0:
        return 0
    nights = 0
    while frontier:
        nxt = []
        for r, c in frontier:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                    grid[nr][nc] = 2
                    healthy -= 1
                    nxt.append((nr, nc))
        nights += 1
        frontier = nxt
    return -1 if healthy else nights
