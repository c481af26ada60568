# bug: cuts wherever the current letter has no later copy, ignoring other letters still open in the piece
# fails on: {"s": "abab"}
def splitIntoPieces(s: str) -> List[int]:
    last = {ch: i for i, ch in enumerate(s)}
    sizes, start = [], 0
    for i, ch in enumerate(s):
        if last[ch] == i:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
