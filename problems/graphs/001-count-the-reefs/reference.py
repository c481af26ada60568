"""Flood fill by breadth-first search: scan the chart, and at every coral square that no
search has reached yet, count a new reef and visit all of it with a queue, marking
squares as they are queued so each one is queued once.

Time O(r c): every square is queued at most once and looks at four neighbours.
Extra space O(r c) for the marks and the queue.
"""

from collections import deque


def countReefs(chart: list[list[int]]) -> int:
    rows, cols = len(chart), len(chart[0])
    seen = [[False] * cols for _ in range(rows)]
    reefs = 0
    for i in range(rows):
        for j in range(cols):
            if chart[i][j] != 1 or seen[i][j]:
                continue
            reefs += 1
            seen[i][j] = True
            queue = deque([(i, j)])
            while queue:
                r, c = queue.popleft()
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == 1 and not seen[nr][nc]:
                        seen[nr][nc] = True
                        queue.append((nr, nc))
    return reefs
