# origin: independent
import heapq


def lowestSummit(terrain: List[List[int]]) -> int:
    rows, cols = len(terrain), len(terrain[0])
    best = [[None] * cols for _ in range(rows)]
    best[0][0] = terrain[0][0]
    heap = [(terrain[0][0], 0, 0)]
    while heap:
        summit, r, c = heapq.heappop(heap)
        if r == rows - 1 and c == cols - 1:
            return summit
        if summit > best[r][c]:
            continue
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                cand = max(summit, terrain[nr][nc])
                if best[nr][nc] is None or cand < best[nr][nc]:
                    best[nr][nc] = cand
                    heapq.heappush(heap, (cand, nr, nc))
    return best[rows - 1][cols - 1]
