# bug: drops self-loops and repeated pairs, then assumes every remaining cable merges two networks, so a cable that closes a ring is subtracted too (passes all samples)
# fails on: {"n": 3, "cables": [[0, 1], [1, 2], [2, 0]]}
# origin: independent
def countNetworks(n: int, cables: List[List[int]]) -> int:
    pairs = set()
    for a, b in cables:
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    return n - len(pairs)
