# bug: confuses "do not try the same colour twice at one position" with "never put the same colour in two neighbouring positions"
# fails on: {"beads": [2, 2, 7]}
from collections import Counter


def beadStrings(beads):
    left = Counter(beads)
    out = []

    def go(row):
        if len(row) == len(beads):
            out.append(row)
            return
        for c in list(left):
            if left[c] and not (row and row[-1] == c):
                left[c] -= 1
                go(row + [c])
                left[c] += 1

    go([])
    return out
