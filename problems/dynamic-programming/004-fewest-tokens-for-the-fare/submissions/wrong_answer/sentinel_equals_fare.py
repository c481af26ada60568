# bug: marks unreachable amounts with the fare itself, so a fare that really takes exactly that many tokens (all of value 1) is reported as impossible
# fails on: {"tokens": [1], "fare": 3}
def fewestTokens(tokens, fare):
    fewest = [0] + [fare] * fare
    for a in range(1, fare + 1):
        for t in tokens:
            if t <= a:
                fewest[a] = min(fewest[a], fewest[a - t] + 1)
    return fewest[fare] if fewest[fare] < fare or fare == 0 else -1
