# slow: O((r c)^2): tries every distinct height as the limit, lowest first, with a fresh flood fill each time
def lowestSummit(terrain):
    rows, cols = len(terrain), len(terrain[0])
    start = terrain[0][0]
    for limit in sorted({h for row in terrain for h in row}):
        if limit < start:
            continue
        seen = [[False] * cols for _ in range(rows)]
        seen[0][0] = True
        stack = [(0, 0)]
        while stack:
            r, c = stack.pop()
            for nr, nc in ((r + 1, c), (r, c + 1), (r - 1, c), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and terrain[nr][nc] <= limit:
                    seen[nr][nc] = True
                    stack.append((nr, nc))
        if seen[rows - 1][cols - 1]:
            return limit
    return -1
