# bug: uses 0 in the cost table to mean "not reached yet", so a town reached for a total toll of 0 is reported as unreachable (passes all samples)
# fails on: {"n": 2, "roads": [[0, 1, 0]], "source": 0, "target": 1}
# origin: independent
import heapq


def cheapestRoute(n: int, roads: List[List[int]], source: int, target: int) -> int:
    if source == target:
        return 0
    graph = [[] for _ in range(n)]
    for u, v, toll in roads:
        graph[u].append((v, toll))
    cost = [0] * n
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > cost[u]:
            continue
        for v, toll in graph[u]:
            nd = d + toll
            if cost[v] == 0 or nd < cost[v]:
                cost[v] = nd
                heapq.heappush(heap, (nd, v))
    return cost[target] if cost[target] else -1
