# bug: returns -1 straight away when there are no channels, forgetting that a single field needs none (answer 0) (passes all samples)
# fails on: {"n": 1, "channels": []}
# origin: independent
def cheapestNetwork(n: int, channels: List[List[int]]) -> int:
    if not channels:
        return -1
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    joined = 0
    for a, b, cost in sorted(channels, key=lambda c: c[2]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
            joined += 1
    return total if joined == n - 1 else -1
