# bug: loops over all values at every step and keeps every order, so [2, 2, 3], [2, 3, 2] and [3, 2, 2] are all listed
# fails on: {"stamps": [3, 2, 7], "postage": 7}
def postageSets(stamps, postage):
    out = []

    def go(left, chosen):
        if left == 0:
            out.append(chosen)
            return
        for v in stamps:
            if v <= left:
                go(left - v, chosen + [v])

    go(postage, [])
    return out
