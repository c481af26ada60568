# slow: O(n * 2^n): tries all 2^n ways to pick items and drops repeated baskets with a set, however few baskets differ
def distinctBaskets(pile):
    n = len(pile)
    values = sorted(pile)
    seen = set()
    for mask in range(1 << n):
        seen.add(tuple(values[i] for i in range(n) if mask >> i & 1))
    return [list(t) for t in seen]
