# bug: only reaches the landing from the top step, forgetting the two-step jump from step n - 2 (passes all samples)
# fails on: {"toll": [1, 1, 5]}
# origin: independent
def cheapestClimb(toll: List[int]) -> int:
    n = len(toll)
    cost = [0] * n
    cost[0] = toll[0]
    cost[1] = toll[1]
    for i in range(2, n):
        cost[i] = toll[i] + min(cost[i - 1], cost[i - 2])
    return cost[n - 1]
