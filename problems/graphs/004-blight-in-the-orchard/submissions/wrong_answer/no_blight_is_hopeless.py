# bug: returns -1 whenever no tree is sick, even when there is no healthy tree either and the answer is 0
# fails on: {"orchard": [[0, 0]]}
from collections import deque


def daysUntilBlighted(orchard):
    rows, cols = len(orchard), len(orchard[0])
    grid = [row[:] for row in orchard]
    queue = deque((r, c, 0) for r in range(rows) for c in range(cols) if grid[r][c] == 2)
    if not queue:
        return -1
    last = 0
    while queue:
        r, c, d = queue.popleft()
        last = d
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                grid[nr][nc] = 2
                queue.append((nr, nc, d + 1))
    return -1 if any(1 in row for row in grid) else last
