# bug: stores every cable as (smaller, larger) up front and returns it that way, not as written in the input (passes all samples)
# fails on: {"cables": [[1, 2], [2, 3], [3, 1]]}
# origin: independent
def extraCable(cables: List[List[int]]) -> List[int]:
    n = len(cables)
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    edges = [(min(a, b), max(a, b)) for a, b in cables]
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    return []
