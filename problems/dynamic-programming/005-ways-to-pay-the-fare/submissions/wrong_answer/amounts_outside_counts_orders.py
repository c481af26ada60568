# bug: loops over amounts on the outside and token values inside, which counts every order of the same tokens separately
# fails on: {"tokens": [1, 2], "fare": 3}
def waysToPay(tokens, fare):
    ways = [1] + [0] * fare
    for a in range(1, fare + 1):
        for t in tokens:
            if t <= a:
                ways[a] = (ways[a] + ways[a - t]) % 1_000_000_007
    return ways[fare]
