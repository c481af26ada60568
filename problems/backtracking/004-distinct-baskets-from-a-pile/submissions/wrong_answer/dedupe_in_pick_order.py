# bug: removes repeats by the tuple in pick order without sorting, so the same basket picked in another order is listed twice
# fails on: {"pile": [3, 1, 3]}
def distinctBaskets(pile):
    seen = set()
    out = []
    n = len(pile)
    for mask in range(1 << n):
        t = tuple(pile[i] for i in range(n) if mask >> i & 1)
        if t not in seen:
            seen.add(t)
            out.append(list(t))
    return out
