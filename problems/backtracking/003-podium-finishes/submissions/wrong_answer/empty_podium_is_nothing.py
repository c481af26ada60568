# bug: for k = 0 it returns [] instead of the one empty finish [[]]
# fails on: {"runners": [3], "k": 0}
def podiumOrders(runners, k):
    if k == 0:
        return []
    out = []

    def go(row, used):
        if len(row) == k:
            out.append(row)
            return
        for i, r in enumerate(runners):
            if i not in used:
                go(row + [r], used | {i})

    go([], frozenset())
    return out
