# Dijkstra with a settled flag per town and a dictionary of best tolls.
import heapq


class Solution:
    def cheapestRoute(self, n, roads, source, target):
        graph = {}
        for u, v, t in roads:
            graph.setdefault(u, []).append((v, t))
        best = {source: 0}
        done = set()
        heap = [(0, source)]
        while heap:
            d, u = heapq.heappop(heap)
            if u in done:
                continue
            done.add(u)
            if u == target:
                return d
            for v, t in graph.get(u, ()):
                nd = d + t
                if v not in done and nd < best.get(v, float("inf")):
                    best[v] = nd
                    heapq.heappush(heap, (nd, v))
        return -1
