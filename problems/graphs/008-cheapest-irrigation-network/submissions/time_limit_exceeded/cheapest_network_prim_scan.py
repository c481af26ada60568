# slow: O(n^2 + m): Prim's algorithm that scans every field for the cheapest unconnected one at each step instead of using a heap
# origin: independent
def cheapestNetwork(n: int, channels: List[List[int]]) -> int:
    graph = [[] for _ in range(n)]
    for a, b, cost in channels:
        if a != b:
            graph[a].append((b, cost))
            graph[b].append((a, cost))
    INF = float("inf")
    best = [INF] * n
    in_tree = [False] * n
    best[0] = 0
    total = 0
    for _ in range(n):
        u = -1
        for i in range(n):
            if not in_tree[i] and (u == -1 or best[i] < best[u]):
                u = i
        if best[u] == INF:
            return -1
        in_tree[u] = True
        total += best[u]
        for v, cost in graph[u]:
            if not in_tree[v] and cost < best[v]:
                best[v] = cost
    return total
