# bug: every stone that reaches j overwrites j's parent, so the parent can sit in j's own layer
# fails on: {"hops": [2, 1, 1, 1]}
def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    parent = [-1] * n
    farthest = 0
    for i in range(n):
        if i > farthest:
            break
        for j in range(i + 1, min(n - 1, i + hops[i]) + 1):
            parent[j] = i
        farthest = max(farthest, i + hops[i])
    if n > 1 and parent[n - 1] == -1:
        return []
    route = [n - 1]
    while route[-1] != 0:
        route.append(parent[route[-1]])
    return route[::-1]
