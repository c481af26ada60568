# slow: O(n^2): at every position builds the sets of letters on both sides and compares them
def splitIntoPieces(s: str) -> List[int]:
    sizes = []
    start = 0
    for i in range(1, len(s)):
        if not set(s[start:i]) & set(s[i:]):
            sizes.append(i - start)
            start = i
    sizes.append(len(s) - start)
    return sizes
