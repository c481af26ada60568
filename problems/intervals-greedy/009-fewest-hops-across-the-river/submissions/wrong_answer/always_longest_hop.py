# bug: always hops as far as possible: the route is legal but can use more hops than needed
# fails on: {"hops": [2, 3, 1, 1, 4]}
def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    route, i = [0], 0
    while i < n - 1:
        if hops[i] == 0:
            return []
        i = min(n - 1, i + hops[i])
        route.append(i)
    return route
