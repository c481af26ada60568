# bug: union links the machine a itself (not its root) to b's root, cutting a off from whatever a was already joined to (passes all samples)
# fails on: {"n": 3, "cables": [[0, 1], [0, 2]]}
# origin: independent
def countNetworks(n: int, cables: List[List[int]]) -> int:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in cables:
        rb = find(b)
        if find(a) != rb:
            parent[a] = rb
    return sum(1 for i in range(n) if parent[i] == i)
