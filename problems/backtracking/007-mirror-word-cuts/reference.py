def mirrorCuts(s):
    """Precompute mirror stretches, then backtrack on the start of the next piece."""
    n = len(s)
    mirror = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            mirror[i][j] = s[i] == s[j] and (j - i < 2 or mirror[i + 1][j - 1])
    answer = []
    pieces = []

    def cut(start):
        if start == n:
            answer.append(list(pieces))
            return
        for j in range(start, n):
            if mirror[start][j]:
                pieces.append(s[start : j + 1])
                cut(j + 1)
                pieces.pop()

    cut(0)
    return answer
