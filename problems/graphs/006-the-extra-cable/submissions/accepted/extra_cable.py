# origin: independent
def extraCable(cables: List[List[int]]) -> List[int]:
    n = len(cables)
    parent = list(range(n + 1))
    rank = [0] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for cable in cables:
        a, b = cable
        ra, rb = find(a), find(b)
        if ra == rb:
            return list(cable)
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        if rank[ra] == rank[rb]:
            rank[ra] += 1
    return []
