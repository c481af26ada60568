# bug: never sets the source's own cost to 0, so when source == target the answer is -1 (or the toll of a loop back) instead of 0 (passes all samples)
# fails on: {"n": 1, "roads": [], "source": 0, "target": 0}
# origin: independent
import heapq


def cheapestRoute(n: int, roads: List[List[int]], source: int, target: int) -> int:
    graph = [[] for _ in range(n)]
    for u, v, toll in roads:
        graph[u].append((v, toll))
    INF = float("inf")
    dist = [INF] * n
    done = [False] * n
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if done[u]:
            continue
        done[u] = True
        for v, toll in graph[u]:
            if d + toll < dist[v]:
                dist[v] = d + toll
                heapq.heappush(heap, (dist[v], v))
    return dist[target] if dist[target] < INF else -1
