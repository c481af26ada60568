# bug: the position table keeps each letter's first appearance instead of its last
# fails on: {"s": "aba"}
def splitIntoPieces(s: str) -> List[int]:
    pos = {}
    for i, ch in enumerate(s):
        pos.setdefault(ch, i)
    sizes, start, end = [], 0, 0
    for i, ch in enumerate(s):
        end = max(end, pos[ch])
        if i == end:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
