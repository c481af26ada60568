# bug: the "equal to the previous bead" skip assumes equal colours sit next to each other but the beads are never sorted (fails sample 1)
# fails on: {"beads": [3, 1, 3]}
# origin: independent
def beadStrings(beads: List[int]) -> List[List[int]]:
    n = len(beads)
    used = [False] * n
    result = []
    path = []

    def backtrack():
        if len(path) == n:
            result.append(path[:])
            return
        for i in range(n):
            if used[i]:
                continue
            if i > 0 and beads[i] == beads[i - 1] and not used[i - 1]:
                continue
            used[i] = True
            path.append(beads[i])
            backtrack()
            path.pop()
            used[i] = False

    backtrack()
    return result
