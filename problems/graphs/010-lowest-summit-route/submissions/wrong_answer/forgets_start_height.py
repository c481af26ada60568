# bug: the summit only counts the squares the rover steps onto, not the square it starts on
# fails on: {"terrain": [[5, 1], [1, 1]]}
import heapq


def lowestSummit(terrain):
    rows, cols = len(terrain), len(terrain[0])
    if rows == 1 and cols == 1:
        return terrain[0][0]
    best = {(0, 0): 0}
    heap = [(0, 0, 0)]
    while heap:
        h, r, c = heapq.heappop(heap)
        if (r, c) == (rows - 1, cols - 1):
            return h
        if h > best[(r, c)]:
            continue
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                nh = max(h, terrain[nr][nc])
                if nh < best.get((nr, nc), float("inf")):
                    best[(nr, nc)] = nh
                    heapq.heappush(heap, (nh, nr, nc))
    return -1
