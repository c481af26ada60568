"""Union-find with path halving.

Every machine starts as its own network; a cable whose ends have different roots links
one root under the other and removes one network from the count.

Time O((n + m) log n) at worst (path halving alone; adding union by size brings it to
O((n + m) α(n))); extra space O(n).
"""


def countNetworks(n: int, cables: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    networks = n
    for a, b in cables:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
            networks -= 1
    return networks
