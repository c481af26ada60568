# bug: declares success on reaching the last position without comparing its letter, so any word matching all but its last letter is found
# fails on: {"board": ["ab"], "word": "ac"}
def traceWord(board, word):
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]

    def walk(r, c, i):
        if i == len(word) - 1:
            return True
        if board[r][c] != word[i]:
            return False
        used[r][c] = True
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not used[nr][nc] and walk(nr, nc, i + 1):
                used[r][c] = False
                return True
        used[r][c] = False
        return False

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
