# bug: greedily commits to the cheaper of the two starting steps instead of trying both (passes all samples)
# fails on: {"toll": [1, 2, 100, 0]}
# origin: independent
def cheapestClimb(toll: List[int]) -> int:
    n = len(toll)
    inf = float('inf')
    cost = [inf] * n
    if toll[0] <= toll[1]:
        cost[0] = toll[0]
        cost[1] = toll[0] + toll[1]
    else:
        cost[1] = toll[1]
    for i in range(2, n):
        cost[i] = toll[i] + min(cost[i - 1], cost[i - 2])
    return min(cost[n - 1], cost[n - 2])
