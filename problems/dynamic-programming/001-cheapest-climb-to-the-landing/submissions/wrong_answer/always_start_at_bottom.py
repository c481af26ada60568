# bug: always starts on step 0, never on step 1
# fails on: {"toll": [10, 0]}
def cheapestClimb(toll):
    n = len(toll)
    best = [0] * n
    best[0] = toll[0]
    best[1] = toll[0] + toll[1]
    for i in range(2, n):
        best[i] = toll[i] + min(best[i - 1], best[i - 2])
    return min(best[n - 1], best[n - 2])
