# bug: numbers a square as i * rows + j instead of i * cols + j, so on a non-square chart two different squares share an id and an unvisited reef can look already visited (passes all samples)
# fails on: {"chart": [[0, 0, 1], [1, 0, 0]]}
# origin: independent
def countReefs(chart: List[List[int]]) -> int:
    rows, cols = len(chart), len(chart[0])
    seen = set()
    reefs = 0
    for i in range(rows):
        for j in range(cols):
            if chart[i][j] != 1 or i * rows + j in seen:
                continue
            reefs += 1
            seen.add(i * rows + j)
            stack = [(i, j)]
            while stack:
                r, c = stack.pop()
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == 1 and nr * rows + nc not in seen:
                        seen.add(nr * rows + nc)
                        stack.append((nr, nc))
    return reefs
