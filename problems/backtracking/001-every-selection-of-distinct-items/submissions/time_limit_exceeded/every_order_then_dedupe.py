# slow: the permutation search (any unused item at every step) builds each selection in all its orders, then a set removes repeats: sum of n!/(n-k)! sequences
def allSelections(items):
    n = len(items)
    seen = set()
    used = [False] * n
    path = []

    def grow():
        seen.add(tuple(sorted(path)))
        for i in range(n):
            if not used[i]:
                used[i] = True
                path.append(items[i])
                grow()
                path.pop()
                used[i] = False

    grow()
    return [list(t) for t in seen]
