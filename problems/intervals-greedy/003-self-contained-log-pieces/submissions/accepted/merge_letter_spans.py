def splitIntoPieces(s: str) -> List[int]:
    """Intervals in disguise: each letter spans [first, last]; merging overlapping spans
    (in order of first appearance) gives exactly the pieces."""
    first, last = {}, {}
    for i, ch in enumerate(s):
        first.setdefault(ch, i)
        last[ch] = i
    spans = sorted((first[ch], last[ch]) for ch in first)
    sizes = []
    lo, hi = spans[0]
    for a, b in spans[1:]:
        if a > hi:
            sizes.append(hi - lo + 1)
            lo, hi = a, b
        else:
            hi = max(hi, b)
    sizes.append(hi - lo + 1)
    return sizes
