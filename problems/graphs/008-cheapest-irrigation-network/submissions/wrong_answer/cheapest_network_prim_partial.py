# bug: Prim's algorithm from field 0 returns the cost of whatever it reached when the heap runs dry, never checking that every field was reached; fails sample 2
# fails on: {"n": 2, "channels": []}
# origin: independent
import heapq


def cheapestNetwork(n: int, channels: List[List[int]]) -> int:
    graph = [[] for _ in range(n)]
    for a, b, cost in channels:
        graph[a].append((cost, b))
        graph[b].append((cost, a))
    in_tree = [False] * n
    heap = [(0, 0)]
    total = 0
    while heap:
        cost, u = heapq.heappop(heap)
        if in_tree[u]:
            continue
        in_tree[u] = True
        total += cost
        for edge in graph[u]:
            if not in_tree[edge[1]]:
                heapq.heappush(heap, edge)
    return total
