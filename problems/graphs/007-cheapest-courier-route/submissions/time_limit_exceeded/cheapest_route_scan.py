# slow: O(n^2 + m): Dijkstra without a heap, scanning every town for the cheapest unfinished one at each step
# origin: independent
def cheapestRoute(n: int, roads: List[List[int]], source: int, target: int) -> int:
    graph = [[] for _ in range(n)]
    for u, v, toll in roads:
        graph[u].append((v, toll))
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    done = [False] * n
    for _ in range(n):
        u = -1
        for i in range(n):
            if not done[i] and (u == -1 or dist[i] < dist[u]):
                u = i
        if dist[u] == INF:
            break
        done[u] = True
        for v, toll in graph[u]:
            if dist[u] + toll < dist[v]:
                dist[v] = dist[u] + toll
    return dist[target] if dist[target] < INF else -1
