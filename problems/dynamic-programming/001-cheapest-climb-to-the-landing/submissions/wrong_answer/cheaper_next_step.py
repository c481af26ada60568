# bug: greedy: starts on the cheaper of the first two steps, then always moves to the cheaper of the next two, which can lead into an expensive stretch
# fails on: {"toll": [0, 1, 2, 100, 0]}
def cheapestClimb(toll):
    n = len(toll)
    i = 0 if toll[0] <= toll[1] else 1
    paid = toll[i]
    while i + 2 < n:
        i = i + 1 if toll[i + 1] <= toll[i + 2] else i + 2
        paid += toll[i]
    return paid
