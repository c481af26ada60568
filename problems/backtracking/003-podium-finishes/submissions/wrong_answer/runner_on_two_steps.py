# bug: forgets to mark runners as placed, so one runner can take several places
# fails on: {"runners": [4, 5], "k": 2}
def podiumOrders(runners, k):
    out = []
    row = []

    def go():
        if len(row) == k:
            out.append(list(row))
            return
        for r in runners:
            row.append(r)
            go()
            row.pop()

    go()
    return out
