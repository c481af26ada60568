# bug: the inner loop starts one letter too far (end from start + 2), so single-letter pieces are never cut
# fails on: {"s": "ab"}
def mirrorCuts(s):
    out = []

    def go(start, pieces):
        if start == len(s):
            out.append(pieces)
            return
        for end in range(start + 2, len(s) + 1):
            piece = s[start:end]
            if piece == piece[::-1]:
                go(end, pieces + [piece])

    go(0, [])
    return out
