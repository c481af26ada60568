# bug: returns the exact count, forgetting to reduce it modulo 1_000_000_007 once it grows past it
# fails on: {"tokens": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "fare": 200}
def waysToPay(tokens, fare):
    ways = [1] + [0] * fare
    for t in tokens:
        for a in range(t, fare + 1):
            ways[a] += ways[a - t]
    return ways[fare]
