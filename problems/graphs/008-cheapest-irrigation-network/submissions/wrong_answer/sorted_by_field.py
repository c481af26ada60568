# bug: sorts the channels as whole lists, by their first field, instead of by cost
# fails on: {"n": 3, "channels": [[0, 1, 5], [1, 2, 1], [0, 2, 1]]}
def cheapestNetwork(n, channels):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, joined = 0, 1
    for a, b, c in sorted(channels):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += c
            joined += 1
    return total if joined == n else -1
