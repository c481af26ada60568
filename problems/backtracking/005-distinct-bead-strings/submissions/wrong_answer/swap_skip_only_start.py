# bug: swap-based version only skips a bead equal to the one at `start`, but after swaps the tail is no longer sorted, so some strings repeat (passes the samples)
# fails on: {"beads": [0, 1, 1]}
# origin: independent
def beadStrings(beads: List[int]) -> List[List[int]]:
    items = sorted(beads)
    result = []

    def permute(start):
        if start == len(items):
            result.append(items[:])
            return
        for i in range(start, len(items)):
            if i != start and items[i] == items[start]:
                continue
            items[start], items[i] = items[i], items[start]
            permute(start + 1)
            items[start], items[i] = items[i], items[start]

    permute(0)
    return result
