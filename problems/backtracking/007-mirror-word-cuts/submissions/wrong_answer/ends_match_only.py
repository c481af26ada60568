# bug: calls a piece a mirror word when its first and last letters match, without checking the inside
# fails on: {"s": "abca"}
def mirrorCuts(s):
    out = []

    def go(start, pieces):
        if start == len(s):
            out.append(pieces)
            return
        for end in range(start, len(s)):
            if s[start] == s[end]:
                go(end + 1, pieces + [s[start:end + 1]])

    go(0, [])
    return out
