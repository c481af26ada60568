# bug: Kruskal that returns the total of the channels it took without checking that every field was joined
# fails on: {"n": 3, "channels": [[0, 1, 4]]}
def cheapestNetwork(n, channels):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for a, b, c in sorted(channels, key=lambda ch: ch[2]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += c
    return total
