# bug: with no beads it returns [] instead of the one empty string [[]]
# fails on: {"beads": []}
from collections import Counter


def beadStrings(beads):
    if not beads:
        return []
    left = Counter(beads)
    out = []

    def go(row):
        if len(row) == len(beads):
            out.append(row)
            return
        for c in list(left):
            if left[c]:
                left[c] -= 1
                go(row + [c])
                left[c] += 1

    go([])
    return out
