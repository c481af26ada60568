# bug: returns as soon as the target is first reached by some road (when it is pushed), before a cheaper route to it can be found (passes all samples)
# fails on: {"n": 3, "roads": [[0, 2, 5], [0, 1, 1], [1, 2, 1]], "source": 0, "target": 2}
# origin: independent
import heapq


def cheapestRoute(n: int, roads: List[List[int]], source: int, target: int) -> int:
    if source == target:
        return 0
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
        for v, toll in graph[u]:
            nd = d + toll
            if nd < dist[v]:
                if v == target:
                    return nd
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return -1
