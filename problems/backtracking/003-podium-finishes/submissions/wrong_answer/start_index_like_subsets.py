# bug: uses the subsets template (a start index), so only finishes in input order are produced: combinations, not orders
# fails on: {"runners": [1, 2], "k": 2}
def podiumOrders(runners, k):
    out = []
    row = []

    def go(start):
        if len(row) == k:
            out.append(list(row))
            return
        for i in range(start, len(runners)):
            row.append(runners[i])
            go(i + 1)
            row.pop()

    go(0)
    return out
