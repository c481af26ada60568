# bug: also steps diagonally (eight neighbours instead of four) (passes the samples)
# fails on: {"board": ["ab", "cd"], "word": "ad"}
# origin: independent
def traceWord(board: List[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    visited = set()

    def dfs(r, c, i):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        visited.add((r, c))
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if (dr or dc) and 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in visited:
                    if dfs(nr, nc, i + 1):
                        return True
        visited.remove((r, c))
        return False

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
