# bug: the union re-points machine b itself instead of b's root, so b's old network is left behind
# fails on: {"n": 3, "cables": [[0, 1], [2, 1]]}
def countNetworks(n, cables):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in cables:
        if find(a) != find(b):
            parent[b] = find(a)
    return sum(1 for x in range(n) if find(x) == x)
