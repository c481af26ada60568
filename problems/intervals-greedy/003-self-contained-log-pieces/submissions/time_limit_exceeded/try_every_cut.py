# slow: O(n^2): builds the letter sets of both sides for every possible cut point
# origin: independent
from typing import List


def splitIntoPieces(s: str) -> List[int]:
    pieces = []
    prev = 0
    for cut in range(1, len(s)):
        if not set(s[:cut]) & set(s[cut:]):
            pieces.append(cut - prev)
            prev = cut
    pieces.append(len(s) - prev)
    return pieces
