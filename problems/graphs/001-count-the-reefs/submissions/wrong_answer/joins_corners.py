# bug: also joins coral squares that meet only at a corner (eight directions), so diagonal neighbours merge into one reef
# fails on: {"chart": [[1, 0], [0, 1]]}
def countReefs(chart):
    rows, cols = len(chart), len(chart[0])
    seen = set()
    count = 0
    for i in range(rows):
        for j in range(cols):
            if chart[i][j] != 1 or (i, j) in seen:
                continue
            count += 1
            stack = [(i, j)]
            seen.add((i, j))
            while stack:
                r, c = stack.pop()
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == 1 and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            stack.append((nr, nc))
    return count
