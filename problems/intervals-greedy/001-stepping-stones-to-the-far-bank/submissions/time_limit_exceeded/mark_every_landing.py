# slow: O(n * max hop): marks every stone each reachable stone can land on
def canCrossStones(hops: List[int]) -> bool:
    n = len(hops)
    reached = [False] * n
    reached[0] = True
    for i in range(n):
        if not reached[i]:
            continue
        for j in range(i + 1, min(n - 1, i + hops[i]) + 1):
            reached[j] = True
    return reached[-1]
