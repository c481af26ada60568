# bug: union points station a itself at b instead of a's root, which can cut a away from the stations it was already joined to, so the loop is missed (passes all samples)
# fails on: {"cables": [[1, 2], [1, 3], [2, 3]]}
# origin: independent
def extraCable(cables: List[List[int]]) -> List[int]:
    n = len(cables)
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in cables:
        if find(a) == find(b):
            return [a, b]
        parent[a] = b
    return []
