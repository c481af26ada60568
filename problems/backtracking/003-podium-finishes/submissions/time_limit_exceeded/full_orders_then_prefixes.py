# slow: O(n * n!): builds every full order of all n runners and keeps the distinct first-k prefixes in a set
def podiumOrders(runners, k):
    n = len(runners)
    seen = set()
    used = [False] * n
    row = []

    def go():
        if len(row) == n:
            seen.add(tuple(row[:k]))
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                row.append(runners[i])
                go()
                row.pop()
                used[i] = False

    go()
    return [list(t) for t in seen]
