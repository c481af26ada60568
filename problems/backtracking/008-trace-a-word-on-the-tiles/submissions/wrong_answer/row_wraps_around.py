# bug: the bounds check forgets r >= 0, so stepping above row 0 wraps to the bottom row through Python's negative indexing (passes the samples)
# fails on: {"board": ["a", "b"], "word": "aba"}
# origin: independent
def traceWord(board: List[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    seen = set()

    def dfs(r, c, i):
        if i == len(word):
            return True
        if r >= rows or c < 0 or c >= cols:
            return False
        if (r, c) in seen or board[r][c] != word[i]:
            return False
        seen.add((r, c))
        found = (dfs(r - 1, c, i + 1) or dfs(r + 1, c, i + 1)
                 or dfs(r, c - 1, i + 1) or dfs(r, c + 1, i + 1))
        seen.discard((r, c))
        return found

    for r in range(rows):
        for c in range(cols):
            if board[r][c] == word[0] and dfs(r, c, 0):
                return True
    return False
