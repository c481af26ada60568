# bug: marks mirror words by growing around single-letter centres only, so even-length ones like "oo" are never found (fails samples 1 and 3)
# fails on: {"s": "bb"}
# origin: independent
def mirrorCuts(s: str) -> List[List[str]]:
    n = len(s)
    mirror = set()
    for centre in range(n):
        lo, hi = centre, centre
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            mirror.add((lo, hi))
            lo -= 1
            hi += 1

    result = []

    def backtrack(start, pieces):
        if start == n:
            result.append(list(pieces))
            return
        for end in range(start, n):
            if (start, end) in mirror:
                pieces.append(s[start:end + 1])
                backtrack(end + 1, pieces)
                pieces.pop()

    backtrack(0, [])
    return result
