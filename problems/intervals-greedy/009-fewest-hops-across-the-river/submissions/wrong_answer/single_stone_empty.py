# bug: treats a single stone as "no route" and returns [] instead of [0]
# fails on: {"hops": [3]}
def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    if n == 1:
        return []
    parent = [-1] * n
    farthest, i = 0, 0
    while i <= farthest and farthest < n - 1:
        reach = min(n - 1, i + hops[i])
        for j in range(farthest + 1, reach + 1):
            parent[j] = i
        farthest = max(farthest, reach)
        i += 1
    if farthest < n - 1:
        return []
    route = [n - 1]
    while route[-1] != 0:
        route.append(parent[route[-1]])
    return route[::-1]
