# slow: O(n * n!): threads the beads in all n! orders, treating equal beads as different, and removes repeats with a set
def beadStrings(beads):
    n = len(beads)
    used = [False] * n
    row = []
    seen = set()

    def go():
        if len(row) == n:
            seen.add(tuple(row))
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                row.append(beads[i])
                go()
                row.pop()
                used[i] = False

    go()
    return [list(t) for t in seen]
