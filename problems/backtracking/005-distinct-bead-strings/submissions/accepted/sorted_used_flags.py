def beadStrings(beads):
    # sorted beads and used flags; a bead equal to the previous one is only taken after it
    a = sorted(beads)
    n = len(a)
    used = [False] * n
    row = []
    out = []

    def go():
        if len(row) == n:
            out.append(list(row))
            return
        for i in range(n):
            if used[i] or (i > 0 and a[i] == a[i - 1] and not used[i - 1]):
                continue
            used[i] = True
            row.append(a[i])
            go()
            row.pop()
            used[i] = False

    go()
    return out
