# bug: greedy shortcut: digs each field's cheapest channel and stops there, answering -1 if that does not connect everything, but the fields may still be joinable by other channels (passes all samples)
# fails on: {"n": 4, "channels": [[0, 1, 1], [2, 3, 1], [1, 2, 5]]}
# origin: independent
def cheapestNetwork(n: int, channels: List[List[int]]) -> int:
    if n == 1:
        return 0
    cheapest = [None] * n
    for i, (a, b, cost) in enumerate(channels):
        if a == b:
            continue
        for field in (a, b):
            if cheapest[field] is None or cost < channels[cheapest[field]][2]:
                cheapest[field] = i
    if None in cheapest:
        return -1
    chosen = set(cheapest)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for i in chosen:
        a, b, cost = channels[i]
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
    roots = {find(x) for x in range(n)}
    return total if len(roots) == 1 else -1
