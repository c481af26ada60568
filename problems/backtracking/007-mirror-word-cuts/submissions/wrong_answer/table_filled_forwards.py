# bug: fills the mirror table with i increasing, so mirror[i + 1][j - 1] is read before it is set and mirror words of length 3 or more are missed
# fails on: {"s": "aba"}
def mirrorCuts(s):
    n = len(s)
    mirror = [[False] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            mirror[i][j] = s[i] == s[j] and (j - i < 2 or mirror[i + 1][j - 1])
    out = []
    pieces = []

    def go(start):
        if start == n:
            out.append(list(pieces))
            return
        for j in range(start, n):
            if mirror[start][j]:
                pieces.append(s[start:j + 1])
                go(j + 1)
                pieces.pop()

    go(0)
    return out
