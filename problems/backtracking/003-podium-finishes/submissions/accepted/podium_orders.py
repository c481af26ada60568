# origin: independent
def podiumOrders(runners: List[int], k: int) -> List[List[int]]:
    result = []
    path = []
    used = [False] * len(runners)

    def backtrack():
        if len(path) == k:
            result.append(path[:])
            return
        for i, bib in enumerate(runners):
            if used[i]:
                continue
            used[i] = True
            path.append(bib)
            backtrack()
            path.pop()
            used[i] = False

    backtrack()
    return result
