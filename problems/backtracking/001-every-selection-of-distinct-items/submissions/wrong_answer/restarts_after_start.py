# bug: recurses from start + 1 instead of j + 1, so an item can be picked again after a later one and selections repeat or hold an item twice
# fails on: {"items": [1, 2]}
def allSelections(items):
    answer = []
    chosen = []

    def extend(start):
        answer.append(list(chosen))
        for j in range(start, len(items)):
            chosen.append(items[j])
            extend(start + 1)
            chosen.pop()

    extend(0)
    return answer
