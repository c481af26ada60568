# origin: independent
def beadStrings(beads: List[int]) -> List[List[int]]:
    items = sorted(beads)
    n = len(items)
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
            if i > 0 and items[i] == items[i - 1] and not used[i - 1]:
                continue
            used[i] = True
            path.append(items[i])
            backtrack()
            path.pop()
            used[i] = False

    backtrack()
    return result
