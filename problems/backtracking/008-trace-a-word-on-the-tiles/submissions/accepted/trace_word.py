# origin: independent
from collections import Counter


def traceWord(board: List[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    if len(word) > rows * cols:
        return False
    available = Counter("".join(board))
    for letter, need in Counter(word).items():
        if available[letter] < need:
            return False
    if available[word[0]] > available[word[-1]]:
        word = word[::-1]

    neighbour_pairs = set()
    for r in range(rows):
        for c in range(cols):
            if r + 1 < rows:
                neighbour_pairs.add((board[r][c], board[r + 1][c]))
                neighbour_pairs.add((board[r + 1][c], board[r][c]))
            if c + 1 < cols:
                neighbour_pairs.add((board[r][c], board[r][c + 1]))
                neighbour_pairs.add((board[r][c + 1], board[r][c]))
    for a, b in zip(word, word[1:]):
        if (a, b) not in neighbour_pairs:
            return False

    grid = [list(row) for row in board]

    def dfs(r, c, i):
        if grid[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        grid[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, i + 1):
                grid[r][c] = word[i]
                return True
        grid[r][c] = word[i]
        return False

    for r in range(rows):
        for c in range(cols):
            if dfs(r, c, 0):
                return True
    return False
