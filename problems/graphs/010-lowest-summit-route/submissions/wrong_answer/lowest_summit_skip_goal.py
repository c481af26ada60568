# bug: returns as soon as the goal is seen as a neighbour, using the summit so far without the goal square's own height (passes all samples)
# fails on: {"terrain": [[0, 5]]}
# origin: independent
import heapq


def lowestSummit(terrain: List[List[int]]) -> int:
    rows, cols = len(terrain), len(terrain[0])
    if rows == 1 and cols == 1:
        return terrain[0][0]
    seen = {(0, 0)}
    heap = [(terrain[0][0], 0, 0)]
    while heap:
        summit, r, c = heapq.heappop(heap)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen:
                if nr == rows - 1 and nc == cols - 1:
                    return summit
                seen.add((nr, nc))
                heapq.heappush(heap, (max(summit, terrain[nr][nc]), nr, nc))
    return -1
