# bug: sets the piece's end to the current letter's last position instead of the larger of the two
# fails on: {"s": "abba"}
def splitIntoPieces(s: str) -> List[int]:
    last = {ch: i for i, ch in enumerate(s)}
    sizes, start, end = [], 0, 0
    for i, ch in enumerate(s):
        end = last[ch]
        if i == end:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
