# slow: O(n * 2^n): tries all 2^(n-1) ways to place cuts and only then checks the pieces (8 million placements at 24 letters)
def mirrorCuts(s):
    n = len(s)
    out = []
    for mask in range(1 << (n - 1)):
        pieces = []
        start = 0
        ok = True
        for i in range(n):
            if i == n - 1 or mask >> i & 1:
                piece = s[start:i + 1]
                if piece != piece[::-1]:
                    ok = False
                    break
                pieces.append(piece)
                start = i + 1
        if ok:
            out.append(pieces)
    return out
