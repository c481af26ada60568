# bug: adds up the cheapest channel of every field but the first, which can double count a channel and leave groups unjoined
# fails on: {"n": 4, "channels": [[0, 1, 1], [2, 3, 1], [1, 2, 10]]}
def cheapestNetwork(n, channels):
    best = [None] * n
    for a, b, c in channels:
        if a == b:
            continue
        for v in (a, b):
            if best[v] is None or c < best[v]:
                best[v] = c
    if n > 1 and any(b is None for b in best):
        return -1
    return sum(best[1:]) if n > 1 else 0
