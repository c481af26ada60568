# bug: returns the stones where each hop layer ends (the frontier), which need not be legal hops
# fails on: {"hops": [2, 3, 1, 1, 4]}
def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    route = [0]
    end = farthest = 0
    for i in range(n - 1):
        if i > farthest:
            return []
        farthest = max(farthest, i + hops[i])
        if i == end:
            end = min(n - 1, farthest)
            route.append(end)
            if end == n - 1:
                break
    if route[-1] != n - 1:
        return []
    return route
