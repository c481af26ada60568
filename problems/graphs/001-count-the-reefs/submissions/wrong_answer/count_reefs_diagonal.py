# bug: also joins squares that touch only at a corner (eight neighbours instead of four); fails sample 2
# fails on: {"chart": [[1, 0], [0, 1]]}
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
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == 1:
                            chart[nr][nc] = 0
                            stack.append((nr, nc))
    return reefs
