# bug: greedy: hands over as many of the largest token as fit, then the next largest, and so on
# fails on: {"tokens": [1, 3, 4], "fare": 6}
def fewestTokens(tokens, fare):
    count = 0
    for t in sorted(tokens, reverse=True):
        count += fare // t
        fare %= t
    return count if fare == 0 else -1
