# bug: the neighbour bound check stops one short of the last column, so arms joined only through the last column are counted twice
# fails on: {"chart": [[1, 1, 1], [0, 0, 1], [1, 1, 1]]}
from collections import deque


def countReefs(chart):
    rows, cols = len(chart), len(chart[0])
    seen = [[False] * cols for _ in range(rows)]
    count = 0
    for i in range(rows):
        for j in range(cols):
            if chart[i][j] == 1 and not seen[i][j]:
                count += 1
                seen[i][j] = True
                queue = deque([(i, j)])
                while queue:
                    r, c = queue.popleft()
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < rows and 0 <= nc < cols - 1 and chart[nr][nc] == 1 and not seen[nr][nc]:
                            seen[nr][nc] = True
                            queue.append((nr, nc))
    return count
