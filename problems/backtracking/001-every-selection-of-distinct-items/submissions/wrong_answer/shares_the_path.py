# bug: records the working list itself instead of a copy, so every recorded selection ends up as the same (empty) list
# fails on: {"items": [5]}
def allSelections(items):
    answer = []
    chosen = []

    def extend(start):
        answer.append(chosen)
        for j in range(start, len(items)):
            chosen.append(items[j])
            extend(j + 1)
            chosen.pop()

    extend(0)
    return answer
