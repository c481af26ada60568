# bug: calls a piece a mirror word when just its first and last letters match, without looking inside (passes the samples)
# fails on: {"s": "abca"}
# origin: independent
def mirrorCuts(s: str) -> List[List[str]]:
    result = []

    def backtrack(start, pieces):
        if start == len(s):
            result.append(pieces)
            return
        for end in range(start + 1, len(s) + 1):
            if s[start] == s[end - 1]:
                backtrack(end, pieces + [s[start:end]])

    backtrack(0, [])
    return result
