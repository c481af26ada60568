# bug: returns the result of the search from the first tile that matches word[0], instead of trying the other starting tiles when it fails (passes the samples)
# fails on: {"board": ["ax", "ab"], "word": "ab"}
# origin: independent
def traceWord(board: List[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    visited = [[False] * cols for _ in range(rows)]

    def search(r, c, i):
        if i == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols):
            return False
        if visited[r][c] or board[r][c] != word[i]:
            return False
        visited[r][c] = True
        ok = (search(r + 1, c, i + 1) or search(r - 1, c, i + 1)
              or search(r, c + 1, i + 1) or search(r, c - 1, i + 1))
        visited[r][c] = False
        return ok

    for r in range(rows):
        for c in range(cols):
            if board[r][c] == word[0]:
                return search(r, c, 0)
    return False
