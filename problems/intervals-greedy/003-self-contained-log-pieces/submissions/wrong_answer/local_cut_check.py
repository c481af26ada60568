# bug: cuts after i when s[i] never appears again and s[i+1] is new, ignoring other letters of the piece that are still open
# fails on: {"s": "abca"}
# origin: independent
from typing import List


def splitIntoPieces(s: str) -> List[int]:
    last = {ch: i for i, ch in enumerate(s)}
    seen = set()
    pieces = []
    start = 0
    for i in range(len(s) - 1):
        seen.add(s[i])
        if last[s[i]] == i and s[i + 1] not in seen:
            pieces.append(i - start + 1)
            start = i + 1
    pieces.append(len(s) - start)
    return pieces
