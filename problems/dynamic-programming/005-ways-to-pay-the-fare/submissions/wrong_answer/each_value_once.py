# bug: sweeps the amounts downwards, the 0/1-knapsack order, so each token value can be used at most once
# fails on: {"tokens": [1, 2], "fare": 4}
def waysToPay(tokens, fare):
    ways = [1] + [0] * fare
    for t in tokens:
        for a in range(fare, t - 1, -1):
            ways[a] = (ways[a] + ways[a - t]) % 1_000_000_007
    return ways[fare]
