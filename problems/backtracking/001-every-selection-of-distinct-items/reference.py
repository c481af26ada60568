def allSelections(items):
    """Backtracking from a start index: each selection is built once, in index order."""
    answer = []
    chosen = []

    def extend(start):
        answer.append(list(chosen))
        for j in range(start, len(items)):
            chosen.append(items[j])
            extend(j + 1)
            chosen.pop()

    extend(0)
    return answer
