# bug: finds the loop correctly but returns the loop cable listed first instead of last
# fails on: {"cables": [[1, 2], [2, 3], [3, 1]]}
def extraCable(cables):
    n = len(cables)
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    closing = None
    for a, b in cables:
        ra, rb = find(a), find(b)
        if ra == rb:
            closing = (a, b)
            break
        parent[ra] = rb
    adj = {v: [] for v in range(1, n + 1)}
    for a, b in cables:
        if (a, b) != closing:
            adj[a].append(b)
            adj[b].append(a)
    a, b = closing
    prev = {a: None}
    stack = [a]
    while stack:
        x = stack.pop()
        for y in adj[x]:
            if y not in prev:
                prev[y] = x
                stack.append(y)
    on_loop = {frozenset(closing)}
    x = b
    while prev[x] is not None:
        on_loop.add(frozenset((x, prev[x])))
        x = prev[x]
    for c in cables:
        if frozenset(c) in on_loop:
            return list(c)
    return []
