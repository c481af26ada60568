# bug: removes repeats by the sorted tuple of colours, which is the same for every order, so only one string survives
# fails on: {"beads": [1, 2]}
from itertools import permutations


def beadStrings(beads):
    seen = {}
    for p in permutations(beads):
        seen.setdefault(tuple(sorted(p)), list(p))
    return list(seen.values())
