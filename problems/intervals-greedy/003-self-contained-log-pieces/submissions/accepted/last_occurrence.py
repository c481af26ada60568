# origin: independent
from typing import List


def splitIntoPieces(s: str) -> List[int]:
    last = {ch: i for i, ch in enumerate(s)}
    pieces = []
    start = end = 0
    for i, ch in enumerate(s):
        end = max(end, last[ch])
        if i == end:
            pieces.append(i - start + 1)
            start = i + 1
    return pieces
