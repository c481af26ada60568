# bug: removes repeats with frozensets, which forget how many copies of a label a basket holds
# fails on: {"pile": [2, 2]}
def distinctBaskets(pile):
    seen = set()
    n = len(pile)
    for mask in range(1 << n):
        seen.add(frozenset(pile[i] for i in range(n) if mask >> i & 1))
    return [sorted(s) for s in seen]
