# slow: O(n^2): Dijkstra without a heap, scanning every town for the cheapest unsettled one at each step
def cheapestRoute(n, roads, source, target):
    out = [[] for _ in range(n)]
    for u, v, t in roads:
        out[u].append((v, t))
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    done = [False] * n
    for _ in range(n):
        u, best = -1, INF
        for i in range(n):
            if not done[i] and dist[i] < best:
                u, best = i, dist[i]
        if u < 0:
            break
        if u == target:
            return best
        done[u] = True
        for v, t in out[u]:
            if best + t < dist[v]:
                dist[v] = best + t
    return -1 if dist[target] == INF else dist[target]
