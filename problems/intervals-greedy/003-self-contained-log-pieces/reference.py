"""Last-occurrence frontier: a piece must run to the last appearance of every letter in it.

Sweep left to right with `end`, the largest last-position of any letter met in the current
piece. While i < end some letter of the piece appears again later, so no cut is possible;
at i == end every letter of the piece is finished and cutting at once leaves the most room
for later pieces.

Time O(n); extra space O(1) (one entry per letter).
"""


def splitIntoPieces(s: str) -> list[int]:
    last = {ch: i for i, ch in enumerate(s)}
    sizes: list[int] = []
    start = end = 0
    for i, ch in enumerate(s):
        if last[ch] > end:
            end = last[ch]
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    return sizes
