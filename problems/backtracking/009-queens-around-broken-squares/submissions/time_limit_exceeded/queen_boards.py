# slow: O(n * n!): tries every permutation of columns and only then checks squares and diagonals
# origin: independent
from itertools import permutations


def queenBoards(board: List[str]) -> List[List[str]]:
    n = len(board)
    result = []
    for cols in permutations(range(n)):
        if any(board[r][cols[r]] == '#' for r in range(n)):
            continue
        if len(set(r + cols[r] for r in range(n))) < n:
            continue
        if len(set(r - cols[r] for r in range(n))) < n:
            continue
        out = []
        for r in range(n):
            row = list(board[r])
            row[cols[r]] = 'Q'
            out.append("".join(row))
        result.append(out)
    return result
