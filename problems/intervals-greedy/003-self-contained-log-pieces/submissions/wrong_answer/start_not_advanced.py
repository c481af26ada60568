# bug: after a cut sets start = i instead of i + 1, so every piece after the first is one too short (fails samples 1 and 3)
# fails on: {"s": "ab"}
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
            start = i
    return pieces
