# bug: merges letter spans by comparing with the previous letter's span instead of the running piece end, so a nested letter splits the piece
# fails on: {"s": "abbca"}
# origin: independent
from typing import List


def splitIntoPieces(s: str) -> List[int]:
    first = {}
    last = {}
    for i, ch in enumerate(s):
        if ch not in first:
            first[ch] = i
        last[ch] = i
    spans = sorted((first[ch], last[ch]) for ch in first)
    pieces = []
    piece_start, piece_end = spans[0]
    for k in range(1, len(spans)):
        lo, hi = spans[k]
        if lo <= spans[k - 1][1]:
            piece_end = max(piece_end, hi)
        else:
            pieces.append(piece_end - piece_start + 1)
            piece_start, piece_end = lo, hi
    pieces.append(piece_end - piece_start + 1)
    return pieces
