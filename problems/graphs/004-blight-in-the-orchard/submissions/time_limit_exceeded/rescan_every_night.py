# slow: O((r c) * nights): re-scans the whole orchard every night to find the trees that fall sick; a winding line of trees takes O(r c) nights
def daysUntilBlighted(orchard):
    rows, cols = len(orchard), len(orchard[0])
    grid = [row[:] for row in orchard]
    nights = 0
    while True:
        new = []
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != 1:
                    continue
                if (r and grid[r - 1][c] == 2) or (r + 1 < rows and grid[r + 1][c] == 2) or (
                    c and grid[r][c - 1] == 2) or (c + 1 < cols and grid[r][c + 1] == 2):
                    new.append((r, c))
        if not new:
            break
        for r, c in new:
            grid[r][c] = 2
        nights += 1
    for row in grid:
        if 1 in row:
            return -1
    return nights
