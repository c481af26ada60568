# bug: the flood fill only steps down, right and left, never up, so a reef that bends back upward is split (passes all samples)
# fails on: {"chart": [[1, 0, 1], [1, 1, 1]]}
# origin: independent
def countReefs(chart: List[List[int]]) -> int:
    rows, cols = len(chart), len(chart[0])
    reefs = 0

    def sink(r, c):
        chart[r][c] = 0
        for nr, nc in ((r + 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == 1:
                sink(nr, nc)

    for i in range(rows):
        for j in range(cols):
            if chart[i][j] == 1:
                reefs += 1
                sink(i, j)
    return reefs
