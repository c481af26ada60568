def mirrorCuts(s):
    # plain backtracking that checks each candidate piece by reversing the slice
    out = []
    pieces = []

    def go(start):
        if start == len(s):
            out.append(pieces[:])
            return
        for end in range(start + 1, len(s) + 1):
            piece = s[start:end]
            if piece == piece[::-1]:
                pieces.append(piece)
                go(end)
                pieces.pop()

    go(0)
    return out
