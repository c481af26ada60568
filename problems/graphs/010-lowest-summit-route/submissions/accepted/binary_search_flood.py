# Binary search on the summit over the sorted distinct heights, with a flood fill that
# only enters squares no higher than the candidate.
from collections import deque


def lowestSummit(terrain):
    rows, cols = len(terrain), len(terrain[0])
    heights = sorted({h for row in terrain for h in row})

    def reachable(limit):
        if terrain[0][0] > limit:
            return False
        seen = [[False] * cols for _ in range(rows)]
        seen[0][0] = True
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            if r == rows - 1 and c == cols - 1:
                return True
            for nr, nc in ((r + 1, c), (r, c + 1), (r - 1, c), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and terrain[nr][nc] <= limit:
                    seen[nr][nc] = True
                    queue.append((nr, nc))
        return False

    lo, hi = 0, len(heights) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if reachable(heights[mid]):
            hi = mid
        else:
            lo = mid + 1
    return heights[lo]
