# bug: spreads the blight from the first sick tree found only, as if the others were healthy-neutral, so fronts that start elsewhere are ignored
# fails on: {"orchard": [[2, 1, 1, 2]]}
from collections import deque


def daysUntilBlighted(orchard):
    rows, cols = len(orchard), len(orchard[0])
    start = next(((r, c) for r in range(rows) for c in range(cols) if orchard[r][c] == 2), None)
    healthy = sum(row.count(1) for row in orchard)
    if healthy == 0:
        return 0
    if start is None:
        return -1
    dist = {start: 0}
    queue = deque([start])
    worst = 0
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and orchard[nr][nc] != 0 and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                if orchard[nr][nc] == 1:
                    worst = max(worst, dist[(nr, nc)])
                    healthy -= 1
                queue.append((nr, nc))
    return worst if healthy == 0 else -1
