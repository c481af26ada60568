# bug: a table filled row by row that only allows moves right and down, missing routes that turn back up or left
# fails on: {"terrain": [[0, 9, 1, 1, 1], [0, 9, 1, 9, 1], [0, 0, 0, 9, 1]]}
def lowestSummit(terrain):
    rows, cols = len(terrain), len(terrain[0])
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if r == 0 and c == 0:
                best[r][c] = terrain[0][0]
                continue
            options = []
            if r:
                options.append(best[r - 1][c])
            if c:
                options.append(best[r][c - 1])
            best[r][c] = max(terrain[r][c], min(options))
    return best[-1][-1]
