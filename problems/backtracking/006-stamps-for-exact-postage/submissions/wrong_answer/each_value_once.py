# bug: moves past a value after using it (recurses with j + 1), so no value can be used twice
# fails on: {"stamps": [3, 2, 7], "postage": 7}
def postageSets(stamps, postage):
    values = sorted(stamps)
    out = []
    chosen = []

    def go(start, left):
        if left == 0:
            out.append(list(chosen))
            return
        for j in range(start, len(values)):
            if values[j] > left:
                break
            chosen.append(values[j])
            go(j + 1, left - values[j])
            chosen.pop()

    go(0, postage)
    return out
