# bug: returns as soon as the first set is found on a branch (a `return` after recording inside the loop), losing later sets that share a prefix
# fails on: {"stamps": [1, 2], "postage": 3}
def postageSets(stamps, postage):
    values = sorted(stamps)
    out = []

    def go(start, left, chosen):
        for j in range(start, len(values)):
            v = values[j]
            if v > left:
                break
            if v == left:
                out.append(chosen + [v])
                return True
            if go(j, left - v, chosen + [v]):
                return True
        return False

    go(0, postage, [])
    return out
