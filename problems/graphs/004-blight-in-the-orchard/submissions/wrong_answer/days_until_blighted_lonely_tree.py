# bug: decides "never catches blight" only for a healthy tree with no tree at all beside it, missing a group of healthy trees that no sick tree can reach (passes all samples)
# fails on: {"orchard": [[1, 1, 0, 2]]}
# origin: independent
from collections import deque


def daysUntilBlighted(orchard: List[List[int]]) -> int:
    rows, cols = len(orchard), len(orchard[0])
    queue = deque()
    for i in range(rows):
        for j in range(cols):
            if orchard[i][j] == 2:
                queue.append((i, j, 0))
            elif orchard[i][j] == 1:
                has_tree = False
                for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= ni < rows and 0 <= nj < cols and orchard[ni][nj] != 0:
                        has_tree = True
                if not has_tree:
                    return -1
    nights = 0
    while queue:
        r, c, t = queue.popleft()
        nights = max(nights, t)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and orchard[nr][nc] == 1:
                orchard[nr][nc] = 2
                queue.append((nr, nc, t + 1))
    return nights
