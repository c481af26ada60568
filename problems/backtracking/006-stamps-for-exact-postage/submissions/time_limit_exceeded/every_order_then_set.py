# slow: tries every value at every step, so each set is built in all its orders (10^10 and more sequences), then a set removes repeats
def postageSets(stamps, postage):
    seen = set()
    path = []

    def go(left):
        if left == 0:
            seen.add(tuple(sorted(path)))
            return
        for v in stamps:
            if v <= left:
                path.append(v)
                go(left - v)
                path.pop()

    go(postage)
    return [list(t) for t in seen]
