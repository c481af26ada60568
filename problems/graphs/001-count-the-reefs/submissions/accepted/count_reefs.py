# origin: independent
def countReefs(chart: List[List[int]]) -> int:
    rows, cols = len(chart), len(chart[0])
    reefs = 0
    for i in range(rows):
        for j in range(cols):
            if chart[i][j] != 1:
                continue
            reefs += 1
            chart[i][j] = 0
            stack = [(i, j)]
            while stack:
                r, c = stack.pop()
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == 1:
                        chart[nr][nc] = 0
                        stack.append((nr, nc))
    return reefs
