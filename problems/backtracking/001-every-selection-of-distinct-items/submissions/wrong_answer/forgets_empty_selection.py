# bug: records a selection only right after adding an item, so the empty selection is never listed
# fails on: {"items": [1]}
def allSelections(items):
    answer = []
    chosen = []

    def extend(start):
        for j in range(start, len(items)):
            chosen.append(items[j])
            answer.append(list(chosen))
            extend(j + 1)
            chosen.pop()

    extend(0)
    return answer
