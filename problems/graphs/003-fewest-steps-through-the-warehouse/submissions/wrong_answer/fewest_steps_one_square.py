# bug: only recognises the goal when stepping onto it from a neighbour, so a 1x1 open floor (already at the goal) gives -1 instead of 0 (passes all samples)
# fails on: {"floor": [[0]]}
# origin: independent
from collections import deque


def fewestSteps(floor: List[List[int]]) -> int:
    rows, cols = len(floor), len(floor[0])
    if floor[0][0] == 1 or floor[rows - 1][cols - 1] == 1:
        return -1
    floor[0][0] = 1
    queue = deque([(0, 0, 0)])
    while queue:
        r, c, steps = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and floor[nr][nc] == 0:
                if nr == rows - 1 and nc == cols - 1:
                    return steps + 1
                floor[nr][nc] = 1
                queue.append((nr, nc, steps + 1))
    return -1
