# slow: O((r c)^2): floods the whole reef from every coral square and counts the square only if it is the reef's first in reading order
from collections import deque


def countReefs(chart):
    rows, cols = len(chart), len(chart[0])
    count = 0
    for i in range(rows):
        for j in range(cols):
            if chart[i][j] != 1:
                continue
            seen = {(i, j)}
            queue = deque([(i, j)])
            first = (i, j)
            while queue:
                r, c = queue.popleft()
                if (r, c) < first:
                    first = (r, c)
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == 1 and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        queue.append((nr, nc))
            if first == (i, j):
                count += 1
    return count
