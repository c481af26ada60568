# origin: independent
from typing import List


def fewestHopsRoute(hops: List[int]) -> List[int]:
    n = len(hops)
    if n == 1:
        return [0]
    route = [0]
    level_end = 0
    farthest = 0
    best_stone = 0
    i = 0
    while level_end < n - 1:
        while i <= level_end:
            if i + hops[i] > farthest:
                farthest = i + hops[i]
                best_stone = i
            i += 1
        if farthest <= level_end:
            return []
        if best_stone != route[-1]:
            route.append(best_stone)
        level_end = farthest
    route.append(n - 1)
    return route
