# origin: independent
def cheapestNetwork(n: int, channels: List[List[int]]) -> int:
    parent = list(range(n))
    size = [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    joined = 0
    for a, b, cost in sorted(channels, key=lambda c: c[2]):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
        total += cost
        joined += 1
        if joined == n - 1:
            break
    return total if joined == n - 1 else -1
