# bug: draws each answer on a fresh board of '.', so broken squares come back as '.' instead of '#' (fails sample 2)
# fails on: {"board": [".#..", "....", "....", "...."]}
# origin: independent
def queenBoards(board: List[str]) -> List[List[str]]:
    n = len(board)
    result = []
    cols, d1, d2 = set(), set(), set()
    picks = []

    def go(r):
        if r == n:
            result.append(["." * c + "Q" + "." * (n - c - 1) for c in picks])
            return
        for c in range(n):
            if board[r][c] == '#' or c in cols or (r + c) in d1 or (r - c) in d2:
                continue
            cols.add(c); d1.add(r + c); d2.add(r - c); picks.append(c)
            go(r + 1)
            cols.remove(c); d1.remove(r + c); d2.remove(r - c); picks.pop()

    go(0)
    return result
