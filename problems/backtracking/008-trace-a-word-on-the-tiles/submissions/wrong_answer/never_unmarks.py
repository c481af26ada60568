# bug: marks a tile as used but never clears the mark when a branch fails, so later paths cannot go through it
# fails on: {"board": ["aab", "aaa"], "word": "aaab"}
# origin: independent
def traceWord(board: List[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]

    def dfs(r, c, i):
        if i == len(word):
            return True
        if r < 0 or r >= rows or c < 0 or c >= cols:
            return False
        if used[r][c] or board[r][c] != word[i]:
            return False
        used[r][c] = True
        return (dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1)
                or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1))

    for r in range(rows):
        for c in range(cols):
            if dfs(r, c, 0):
                return True
    return False
