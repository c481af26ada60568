# bug: walks greedily to the lowest unvisited neighbour each time (backtracking only at dead ends) and reports the summit of the walk, which can climb needlessly
# fails on: {"terrain": [[0, 1, 5], [2, 9, 5], [2, 2, 0]]}
def lowestSummit(terrain):
    rows, cols = len(terrain), len(terrain[0])
    seen = {(0, 0)}
    path = [(0, 0)]
    summit = terrain[0][0]
    while path:
        r, c = path[-1]
        if (r, c) == (rows - 1, cols - 1):
            return summit
        options = [
            (terrain[nr][nc], nr, nc)
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
        ]
        if not options:
            path.pop()
            continue
        h, nr, nc = min(options)
        seen.add((nr, nc))
        path.append((nr, nc))
        summit = max(summit, h)
    return summit
