"""Dijkstra's algorithm with a binary heap and lazy deletion.

Every town's best known toll only goes down; the heap may hold stale entries, which are
skipped when popped. Tolls are non-negative, so the first time the target is popped its
toll is the smallest possible.

Time O((n + m) log n); extra space O(n + m).
"""

import heapq


def cheapestRoute(n: int, roads: list[list[int]], source: int, target: int) -> int:
    out: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, toll in roads:
        out[u].append((v, toll))
    best = [-1] * n
    best[source] = 0
    heap = [(0, source)]
    while heap:
        cost, town = heapq.heappop(heap)
        if town == target:
            return cost
        if cost > best[town]:
            continue
        for nxt, toll in out[town]:
            c = cost + toll
            if best[nxt] < 0 or c < best[nxt]:
                best[nxt] = c
                heapq.heappush(heap, (c, nxt))
    return -1
