# bug: fixes a town's toll the first time it is reached, so a cheaper way found later is ignored
# fails on: {"n": 4, "roads": [[0, 1, 5], [0, 2, 1], [2, 1, 1], [1, 3, 1]], "source": 0, "target": 3}
import heapq


def cheapestRoute(n, roads, source, target):
    out = [[] for _ in range(n)]
    for u, v, t in roads:
        out[u].append((v, t))
    best = [-1] * n
    best[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, t in out[u]:
            if best[v] < 0:
                best[v] = d + t
                heapq.heappush(heap, (d + t, v))
    return best[target]
