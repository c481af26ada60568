# bug: lists only runs of neighbouring items (slices), missing selections that skip an item
# fails on: {"items": [1, 2, 3]}
def allSelections(items):
    answer = [[]]
    for i in range(len(items)):
        for j in range(i + 1, len(items) + 1):
            answer.append(items[i:j])
    return answer
