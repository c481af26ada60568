from collections import Counter


def traceWord(board, word):
    """Depth-first search with undo, after a letter-count check; it starts from the
    rarer end of the word."""
    rows, cols = len(board), len(board[0])
    have = Counter("".join(board))
    need = Counter(word)
    if any(have[ch] < k for ch, k in need.items()):
        return False
    if have[word[-1]] < have[word[0]]:
        word = word[::-1]
    used = [[False] * cols for _ in range(rows)]

    def walk(r, c, i):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used[r][c] = True
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not used[nr][nc] and walk(nr, nc, i + 1):
                used[r][c] = False
                return True
        used[r][c] = False
        return False

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
