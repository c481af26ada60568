# slow: O(n * n!): threads the beads in every one of the n! orders and dedupes the strings with a set
# origin: independent
def beadStrings(beads: List[int]) -> List[List[int]]:
    seen = set()
    result = []

    def thread(order, remaining):
        if not remaining:
            key = tuple(order)
            if key not in seen:
                seen.add(key)
                result.append(order)
            return
        for i in range(len(remaining)):
            thread(order + [remaining[i]], remaining[:i] + remaining[i + 1:])

    thread([], beads)
    return result
