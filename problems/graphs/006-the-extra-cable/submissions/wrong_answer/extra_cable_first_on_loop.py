# bug: finds the loop correctly but returns the cable on it that comes first in the list, not the last; fails all three samples
# fails on: {"cables": [[1, 2], [2, 3], [3, 1]]}
# origin: independent
def extraCable(cables: List[List[int]]) -> List[int]:
    n = len(cables)
    graph = [[] for _ in range(n + 1)]
    degree = [0] * (n + 1)
    for a, b in cables:
        graph[a].append(b)
        graph[b].append(a)
        degree[a] += 1
        degree[b] += 1
    leaves = [v for v in range(1, n + 1) if degree[v] == 1]
    removed = [False] * (n + 1)
    while leaves:
        v = leaves.pop()
        removed[v] = True
        for u in graph[v]:
            degree[u] -= 1
            if degree[u] == 1:
                leaves.append(u)
    for a, b in cables:
        if not removed[a] and not removed[b]:
            return [a, b]
    return []
