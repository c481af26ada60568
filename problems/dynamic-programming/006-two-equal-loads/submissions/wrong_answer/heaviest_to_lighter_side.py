# bug: greedy: sorts the crates from heaviest and always loads the lighter hold, then checks whether the two came out equal
# fails on: {"weights": [3, 3, 2, 2, 2]}
def canSplitEvenly(weights):
    a = b = 0
    for w in sorted(weights, reverse=True):
        if a <= b:
            a += w
        else:
            b += w
    return a == b
