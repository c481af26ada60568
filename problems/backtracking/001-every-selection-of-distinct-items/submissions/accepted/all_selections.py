# origin: independent
def allSelections(items: List[int]) -> List[List[int]]:
    result = []
    path = []

    def backtrack(start):
        result.append(path[:])
        for i in range(start, len(items)):
            path.append(items[i])
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result
