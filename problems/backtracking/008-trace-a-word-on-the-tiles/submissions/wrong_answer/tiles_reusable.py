# bug: never marks tiles as used, so a path may step back onto a tile it already used
# fails on: {"board": ["ab", "cd"], "word": "aba"}
def traceWord(board, word):
    rows, cols = len(board), len(board[0])

    def walk(r, c, i):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and walk(nr, nc, i + 1):
                return True
        return False

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
