# bug: treats every road as two-way, so routes that drive a one-way road backwards are allowed
# fails on: {"n": 2, "roads": [[1, 0, 3]], "source": 0, "target": 1}
import heapq


def cheapestRoute(n, roads, source, target):
    out = [[] for _ in range(n)]
    for u, v, t in roads:
        out[u].append((v, t))
        out[v].append((u, t))
    best = [None] * n
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if best[u] is not None:
            continue
        best[u] = d
        for v, t in out[u]:
            if best[v] is None:
                heapq.heappush(heap, (d + t, v))
    return -1 if best[target] is None else best[target]
