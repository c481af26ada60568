# bug: starts the spread from the first sick tree found only, so other sick trees count only when reached and two fronts never move at once; fails sample 2
# fails on: {"orchard": [[2, 1, 1, 2]]}
# origin: independent
from collections import deque


def daysUntilBlighted(orchard: List[List[int]]) -> int:
    rows, cols = len(orchard), len(orchard[0])
    start = None
    healthy = 0
    for i in range(rows):
        for j in range(cols):
            if orchard[i][j] == 2 and start is None:
                start = (i, j)
            elif orchard[i][j] == 1:
                healthy += 1
    if healthy == 0:
        return 0
    if start is None:
        return -1
    seen = {start}
    queue = deque([(start[0], start[1], 0)])
    nights = 0
    while queue:
        r, c, t = queue.popleft()
        if orchard[r][c] == 1:
            healthy -= 1
            nights = t
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and orchard[nr][nc] != 0 and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc, t + 1))
    return nights if healthy == 0 else -1
