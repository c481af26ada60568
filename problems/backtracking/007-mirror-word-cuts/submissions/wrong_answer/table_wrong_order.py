# bug: fills the mirror table with i going up, so is_mirror[i + 1][j - 1] is read before it is computed and pieces longer than 3 are missed (fails sample 1)
# fails on: {"s": "abba"}
# origin: independent
def mirrorCuts(s: str) -> List[List[str]]:
    n = len(s)
    is_mirror = [[False] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            if s[i] == s[j] and (j - i < 3 or is_mirror[i + 1][j - 1]):
                is_mirror[i][j] = True

    result = []

    def backtrack(start, pieces):
        if start == n:
            result.append(pieces[:])
            return
        for end in range(start, n):
            if is_mirror[start][end]:
                pieces.append(s[start:end + 1])
                backtrack(end + 1, pieces)
                pieces.pop()

    backtrack(0, [])
    return result
