# bug: stops the loop at the first value larger than the amount left without sorting the values first, so smaller values after it are never tried
# fails on: {"stamps": [5, 2], "postage": 4}
def postageSets(stamps, postage):
    out = []
    chosen = []

    def go(start, left):
        if left == 0:
            out.append(list(chosen))
            return
        for j in range(start, len(stamps)):
            if stamps[j] > left:
                break
            chosen.append(stamps[j])
            go(j, left - stamps[j])
            chosen.pop()

    go(0, postage)
    return out
