# Prim's algorithm with a heap: grow one network from field 0, always adding the cheapest
# channel that reaches a new field.
import heapq


class Solution:
    def cheapestNetwork(self, n, channels):
        adj = [[] for _ in range(n)]
        for a, b, c in channels:
            adj[a].append((c, b))
            adj[b].append((c, a))
        inside = [False] * n
        heap = [(0, 0)]
        total = 0
        count = 0
        while heap and count < n:
            c, v = heapq.heappop(heap)
            if inside[v]:
                continue
            inside[v] = True
            total += c
            count += 1
            for e in adj[v]:
                if not inside[e[1]]:
                    heapq.heappush(heap, e)
        return total if count == n else -1
