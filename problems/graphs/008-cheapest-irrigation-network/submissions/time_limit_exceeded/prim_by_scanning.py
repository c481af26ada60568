# slow: O(n^2): Prim's algorithm that scans every field for the cheapest one to add next
def cheapestNetwork(n, channels):
    adj = [[] for _ in range(n)]
    for a, b, c in channels:
        adj[a].append((b, c))
        adj[b].append((a, c))
    INF = float("inf")
    link = [INF] * n
    link[0] = 0
    inside = [False] * n
    total = 0
    for _ in range(n):
        v, best = -1, INF
        for i in range(n):
            if not inside[i] and link[i] < best:
                v, best = i, link[i]
        if v < 0:
            return -1
        inside[v] = True
        total += best
        for w, c in adj[v]:
            if not inside[w] and c < link[w]:
                link[w] = c
    return total
