# origin: independent
import heapq


def cheapestRoute(n: int, roads: List[List[int]], source: int, target: int) -> int:
    graph = [[] for _ in range(n)]
    for u, v, toll in roads:
        graph[u].append((v, toll))
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        if u == target:
            return d
        for v, toll in graph[u]:
            nd = d + toll
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return -1
