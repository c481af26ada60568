"""Breadth-first search in layers, where every layer is a run of consecutive stones.

Stones needing exactly k hops form a contiguous block (lo, hi]: the farthest stone the
previous block reaches bounds the next block. Sweep the stones of the current block in
order; whenever stone i pushes `farthest` beyond its old value, the newly covered stones
get i as their parent (each stone gets a parent once, so this is O(n) in total). Walking
the parents back from the last stone gives a route with the fewest hops.

Time O(n); extra space O(n) for the parents.
"""


def fewestHopsRoute(hops: list[int]) -> list[int]:
    n = len(hops)
    parent = [-1] * n
    farthest = 0
    i = 0
    while i <= farthest and farthest < n - 1:
        reach = min(n - 1, i + hops[i])
        if reach > farthest:
            for j in range(farthest + 1, reach + 1):
                parent[j] = i
            farthest = reach
        i += 1
    if farthest < n - 1:
        return []
    route = [n - 1]
    while route[-1] != 0:
        route.append(parent[route[-1]])
    route.reverse()
    return route
