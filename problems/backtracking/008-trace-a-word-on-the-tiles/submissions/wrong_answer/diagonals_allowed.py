# bug: also steps to the four diagonal neighbours
# fails on: {"board": ["ax", "xb"], "word": "ab"}
def traceWord(board, word):
    rows, cols = len(board), len(board[0])
    used = set()

    def walk(r, c, i):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used.add((r, c))
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if (dr or dc) and 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used:
                    if walk(nr, nc, i + 1):
                        used.discard((r, c))
                        return True
        used.discard((r, c))
        return False

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
