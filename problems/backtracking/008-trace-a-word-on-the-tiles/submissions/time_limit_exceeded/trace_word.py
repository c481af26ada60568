# slow: O(r*c*3^L) on every board: walks every path of length L and only compares the spelled string at the end, no early cut-off
# origin: independent
def traceWord(board: List[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])

    def walk(r, c, visited, spelled):
        spelled = spelled + board[r][c]
        if len(spelled) == len(word):
            return spelled == word
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in visited:
                if walk(nr, nc, visited | {(nr, nc)}, spelled):
                    return True
        return False

    for r in range(rows):
        for c in range(cols):
            if walk(r, c, {(r, c)}, ""):
                return True
    return False
