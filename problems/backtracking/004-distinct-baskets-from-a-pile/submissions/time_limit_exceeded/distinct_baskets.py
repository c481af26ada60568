# slow: O(n * 2^n): tries every subset of item positions, sorts it and dedupes with a set
# origin: independent
def distinctBaskets(pile: List[int]) -> List[List[int]]:
    n = len(pile)
    seen = set()
    result = []
    for mask in range(1 << n):
        basket = tuple(sorted(pile[i] for i in range(n) if mask & (1 << i)))
        if basket not in seen:
            seen.add(basket)
            result.append(list(basket))
    return result
