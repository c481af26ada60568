# bug: dedupes baskets with frozenset, which forgets how many times a label is taken, so [3] and [3, 3] count as one basket (fails samples 1 and 2)
# fails on: {"pile": [5, 5]}
# origin: independent
def distinctBaskets(pile: List[int]) -> List[List[int]]:
    result = [[]]
    seen = {frozenset()}
    for x in pile:
        for basket in list(result):
            bigger = basket + [x]
            key = frozenset(bigger)
            if key not in seen:
                seen.add(key)
                result.append(bigger)
    return result
