# slow: O((r c)^2): tries every distinct height from low to high as a ceiling and runs a fresh flood fill for each
# origin: independent
def lowestSummit(terrain: List[List[int]]) -> int:
    rows, cols = len(terrain), len(terrain[0])

    def reachable(limit):
        if terrain[0][0] > limit:
            return False
        seen = [[False] * cols for _ in range(rows)]
        seen[0][0] = True
        stack = [(0, 0)]
        while stack:
            r, c = stack.pop()
            if r == rows - 1 and c == cols - 1:
                return True
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and terrain[nr][nc] <= limit:
                    seen[nr][nc] = True
                    stack.append((nr, nc))
        return False

    for limit in sorted({h for row in terrain for h in row}):
        if reachable(limit):
            return limit
    return -1
