# slow: O(n * 2^n): tries every one of the 2^(n-1) sets of cut positions and checks each piece
# origin: independent
def mirrorCuts(s: str) -> List[List[str]]:
    n = len(s)
    result = []
    for mask in range(1 << (n - 1)):
        pieces = []
        start = 0
        for i in range(n - 1):
            if mask >> i & 1:
                pieces.append(s[start:i + 1])
                start = i + 1
        pieces.append(s[start:])
        if all(p == p[::-1] for p in pieces):
            result.append(pieces)
    return result
