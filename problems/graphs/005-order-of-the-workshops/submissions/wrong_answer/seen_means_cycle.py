# bug: DFS with a single visited mark treats any workshop seen before as a cycle, so two paths that meet again (a diamond) are wrongly rejected
# fails on: {"n": 4, "rules": [[0, 1], [0, 2], [1, 3], [2, 3]]}
def workshopOrder(n, rules):
    after = [[] for _ in range(n)]
    for a, b in rules:
        after[a].append(b)
    seen = [False] * n
    out = []

    def visit(w):
        seen[w] = True
        for x in after[w]:
            if seen[x]:
                return False
            if not visit(x):
                return False
        out.append(w)
        return True

    for w in range(n):
        if not seen[w] and not visit(w):
            return []
    return out[::-1]
