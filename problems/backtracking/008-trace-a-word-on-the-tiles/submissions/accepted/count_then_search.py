from collections import Counter


def traceWord(board, word):
    # letter counts first; then a recursive search that overwrites the tile while it is used
    if Counter(word) - Counter("".join(board)):
        return False
    grid = [list(row) for row in board]
    rows, cols = len(grid), len(grid[0])

    def dfs(r, c, i):
        if i == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols) or grid[r][c] != word[i]:
            return False
        grid[r][c] = "#"
        found = dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1) or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1)
        grid[r][c] = word[i]
        return found

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
