# bug: leaves a tile marked when its branch fails, so a later path through that tile is refused
# fails on: {"board": ["aba", "aaa"], "word": "baaaa"}
def traceWord(board, word):
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]

    def walk(r, c, i):
        if used[r][c] or board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used[r][c] = True
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and walk(nr, nc, i + 1):
                return True
        return False

    for r in range(rows):
        for c in range(cols):
            used = [[False] * cols for _ in range(rows)]
            if walk(r, c, 0):
                return True
    return False
