# slow: O(n^2): for every stone looks back at every earlier stone for the fewest hops to it
def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    INF = float("inf")
    best = [INF] * n
    parent = [-1] * n
    best[0] = 0
    for j in range(1, n):
        for i in range(j):
            if best[i] + 1 < best[j] and i + hops[i] >= j:
                best[j] = best[i] + 1
                parent[j] = i
    if best[-1] == INF:
        return []
    route = [n - 1]
    while route[-1] != 0:
        route.append(parent[route[-1]])
    return route[::-1]
