# bug: the skip-equal-neighbour rule is used on the unsorted beads, so copies that are not side by side still make repeated strings
# fails on: {"beads": [1, 2, 1]}
def beadStrings(beads):
    n = len(beads)
    used = [False] * n
    row = []
    out = []

    def go():
        if len(row) == n:
            out.append(list(row))
            return
        for i in range(n):
            if used[i] or (i > 0 and beads[i] == beads[i - 1] and not used[i - 1]):
                continue
            used[i] = True
            row.append(beads[i])
            go()
            row.pop()
            used[i] = False

    go()
    return out
