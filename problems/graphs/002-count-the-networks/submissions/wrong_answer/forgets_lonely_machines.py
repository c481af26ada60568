# bug: only counts networks among machines that have a cable, so machines with no cable are missed
# fails on: {"n": 3, "cables": [[0, 1]]}
def countNetworks(n, cables):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in cables:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    return sum(1 for x in parent if find(x) == x)
