def allSelections(items):
    # start from the empty selection; each item doubles the list (without it / with it)
    answer = [[]]
    for x in items:
        answer += [sel + [x] for sel in answer]
    return answer
