# bug: keeps one candidate per pair of fields in a dict, but the later candidate overwrites the earlier instead of keeping the cheaper (passes all samples)
# fails on: {"n": 2, "channels": [[0, 1, 2], [1, 0, 6]]}
# origin: independent
def cheapestNetwork(n: int, channels: List[List[int]]) -> int:
    best = {}
    for a, b, cost in channels:
        if a != b:
            best[(min(a, b), max(a, b))] = cost
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    joined = 0
    for (a, b), cost in sorted(best.items(), key=lambda item: item[1]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
            joined += 1
    return total if joined == n - 1 else -1
