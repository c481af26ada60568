# bug: marks positions as used but checks the bib number against that set, so runners are only blocked when a bib happens to equal a used position (fails samples 1 and 2)
# fails on: {"runners": [5, 6], "k": 2}
# origin: independent
def podiumOrders(runners: List[int], k: int) -> List[List[int]]:
    result = []
    used = set()
    path = []

    def backtrack():
        if len(path) == k:
            result.append(path[:])
            return
        for i, bib in enumerate(runners):
            if bib in used:
                continue
            used.add(i)
            path.append(bib)
            backtrack()
            path.pop()
            used.discard(i)

    backtrack()
    return result
