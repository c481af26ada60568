# bug: adds every road in both directions, ignoring that roads are one-way; fails sample 2
# fails on: {"n": 2, "roads": [[1, 0, 3]], "source": 0, "target": 1}
# origin: independent
import heapq


def cheapestRoute(n: int, roads: List[List[int]], source: int, target: int) -> int:
    graph = [[] for _ in range(n)]
    for u, v, toll in roads:
        graph[u].append((v, toll))
        graph[v].append((u, toll))
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, toll in graph[u]:
            if d + toll < dist[v]:
                dist[v] = d + toll
                heapq.heappush(heap, (dist[v], v))
    return dist[target] if dist[target] < INF else -1
