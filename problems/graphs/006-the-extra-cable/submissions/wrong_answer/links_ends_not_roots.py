# bug: the union re-points station a itself rather than its root, so earlier links are lost and a false loop (or a missed one) is reported
# fails on: {"cables": [[1, 2], [1, 3], [2, 3]]}
def extraCable(cables):
    n = len(cables)
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in cables:
        if find(a) == find(b):
            return [a, b]
        parent[a] = find(b)
    return []
