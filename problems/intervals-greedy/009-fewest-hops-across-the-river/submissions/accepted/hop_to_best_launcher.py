def fewestHopsRoute(hops: List[int]) -> List[int]:
    """From the current stone, hop to the stone in reach whose own reach is farthest (or
    straight to the end when it is in reach). Each hop is chosen in O(range) steps and the
    ranges never overlap, so the whole walk is O(n)."""
    n = len(hops)
    route = [0]
    i = 0
    scanned = 0                      # stones up to here were already considered
    while i + hops[i] < n - 1:
        best, best_reach = -1, i + hops[i]
        for j in range(max(i + 1, scanned + 1), i + hops[i] + 1):
            if j + hops[j] > best_reach:
                best, best_reach = j, j + hops[j]
        if best == -1:
            return []
        scanned = i + hops[i]
        i = best
        route.append(i)
    if i != n - 1:
        route.append(n - 1)
    return route
