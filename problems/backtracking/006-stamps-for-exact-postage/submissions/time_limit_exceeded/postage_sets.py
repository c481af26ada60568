# slow: exponential in the number of orderings: searches every ordered sequence of stamps and dedupes the sorted results with a set
# origin: independent
def postageSets(stamps: List[int], postage: int) -> List[List[int]]:
    seen = set()
    result = []

    def search(sequence, remaining):
        if remaining == 0:
            key = tuple(sorted(sequence))
            if key not in seen:
                seen.add(key)
                result.append(list(key))
            return
        for value in stamps:
            if value <= remaining:
                search(sequence + [value], remaining - value)

    search([], postage)
    return result
