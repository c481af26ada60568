# bug: breadth-first search by number of roads, adding up the tolls of the first route found, which need not be the cheapest
# fails on: {"n": 3, "roads": [[0, 2, 5], [0, 1, 1], [1, 2, 1]], "source": 0, "target": 2}
from collections import deque


def cheapestRoute(n, roads, source, target):
    out = [[] for _ in range(n)]
    for u, v, t in roads:
        out[u].append((v, t))
    cost = {source: 0}
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v, t in out[u]:
            if v not in cost:
                cost[v] = cost[u] + t
                queue.append(v)
    return cost.get(target, -1)
