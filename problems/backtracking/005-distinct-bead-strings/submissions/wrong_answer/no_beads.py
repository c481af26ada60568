# bug: returns [] when there are no beads instead of the one empty bead string [[]] (passes the samples)
# fails on: {"beads": []}
# origin: independent
def beadStrings(beads: List[int]) -> List[List[int]]:
    if not beads:
        return []
    counts = {}
    for b in beads:
        counts[b] = counts.get(b, 0) + 1
    result = []
    path = []

    def backtrack():
        if len(path) == len(beads):
            result.append(path[:])
            return
        for colour in counts:
            if counts[colour] == 0:
                continue
            counts[colour] -= 1
            path.append(colour)
            backtrack()
            path.pop()
            counts[colour] += 1

    backtrack()
    return result
