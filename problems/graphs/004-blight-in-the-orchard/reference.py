"""Multi-source breadth-first search: every sick tree starts in the queue at night 0.

The queue then holds trees in order of the night they fall sick, and a healthy tree is
marked sick (with its night) when it is first queued. The answer is the last night
reached, unless some healthy tree was never reached.

Time O(r c); extra space O(r c).
"""

from collections import deque


def daysUntilBlighted(orchard: list[list[int]]) -> int:
    rows, cols = len(orchard), len(orchard[0])
    grid = [row[:] for row in orchard]
    queue = deque()
    healthy = 0
    for i in range(rows):
        for j in range(cols):
            if grid[i][j] == 2:
                queue.append((i, j, 0))
            elif grid[i][j] == 1:
                healthy += 1
    nights = 0
    while queue:
        r, c, d = queue.popleft()
        nights = d
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                grid[nr][nc] = 2
                healthy -= 1
                queue.append((nr, nc, d + 1))
    return nights if healthy == 0 else -1
