# bug: dynamic programming that only lets the rover move right or down, but the best route may have to turn back up or left; fails sample 2
# fails on: {"terrain": [[0, 0, 1, 0, 0], [0, 1, 0, 0, 0], [0, 0, 0, 1, 0]]}
# origin: independent
def lowestSummit(terrain: List[List[int]]) -> int:
    rows, cols = len(terrain), len(terrain[0])
    best = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            if i == 0 and j == 0:
                best[i][j] = terrain[0][0]
            elif i == 0:
                best[i][j] = max(best[i][j - 1], terrain[i][j])
            elif j == 0:
                best[i][j] = max(best[i - 1][j], terrain[i][j])
            else:
                best[i][j] = max(min(best[i - 1][j], best[i][j - 1]), terrain[i][j])
    return best[rows - 1][cols - 1]
