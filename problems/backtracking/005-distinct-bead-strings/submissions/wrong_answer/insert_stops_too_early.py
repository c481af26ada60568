# bug: when inserting a bead it stops before the first bead of the same colour instead of right after placing it there, so strings with that bead just before its twin are lost (fails samples 1 and 3)
# fails on: {"beads": [4, 4]}
# origin: independent
def beadStrings(beads: List[int]) -> List[List[int]]:
    strings = [[]]
    for bead in beads:
        longer = []
        for s in strings:
            for pos in range(len(s) + 1):
                if pos < len(s) and s[pos] == bead:
                    break
                longer.append(s[:pos] + [bead] + s[pos:])
        strings = longer
    return strings
