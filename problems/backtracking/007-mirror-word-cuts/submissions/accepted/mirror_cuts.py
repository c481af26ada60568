# origin: independent
def mirrorCuts(s: str) -> List[List[str]]:
    n = len(s)
    is_mirror = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            if s[i] == s[j] and (j - i < 2 or is_mirror[i + 1][j - 1]):
                is_mirror[i][j] = True

    result = []
    pieces = []

    def backtrack(start):
        if start == n:
            result.append(pieces[:])
            return
        for end in range(start, n):
            if is_mirror[start][end]:
                pieces.append(s[start:end + 1])
                backtrack(end + 1)
                pieces.pop()

    backtrack(0)
    return result
