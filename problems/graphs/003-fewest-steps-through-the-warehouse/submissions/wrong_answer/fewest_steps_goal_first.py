# bug: checks "is this the goal?" on a neighbour before checking it is open, so a shelf on the goal square is walked onto (passes all samples)
# fails on: {"floor": [[0, 1]]}
# origin: independent
from collections import deque


def fewestSteps(floor: List[List[int]]) -> int:
    rows, cols = len(floor), len(floor[0])
    if floor[0][0] == 1:
        return -1
    if rows == 1 and cols == 1:
        return 0
    seen = {(0, 0)}
    queue = deque([(0, 0, 0)])
    while queue:
        r, c, steps = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if not (0 <= nr < rows and 0 <= nc < cols):
                continue
            if nr == rows - 1 and nc == cols - 1:
                return steps + 1
            if floor[nr][nc] == 0 and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc, steps + 1))
    return -1
