# origin: independent
from collections import deque


def daysUntilBlighted(orchard: List[List[int]]) -> int:
    rows, cols = len(orchard), len(orchard[0])
    queue = deque()
    healthy = 0
    for i in range(rows):
        for j in range(cols):
            if orchard[i][j] == 2:
                queue.append((i, j))
            elif orchard[i][j] == 1:
                healthy += 1
    nights = 0
    while queue and healthy:
        nights += 1
        for _ in range(len(queue)):
            r, c = queue.popleft()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and orchard[nr][nc] == 1:
                    orchard[nr][nc] = 2
                    healthy -= 1
                    queue.append((nr, nc))
    return nights if healthy == 0 else -1
