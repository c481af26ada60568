# bug: returns the DFS finishing order as it is, which lists every workshop after the ones that must follow it
# fails on: {"n": 2, "rules": [[0, 1]]}
def workshopOrder(n, rules):
    after = [[] for _ in range(n)]
    for a, b in rules:
        after[a].append(b)
    colour = [0] * n
    out = []

    def visit(w):
        colour[w] = 1
        for x in after[w]:
            if colour[x] == 1:
                return False
            if colour[x] == 0 and not visit(x):
                return False
        colour[w] = 2
        out.append(w)
        return True

    for w in range(n):
        if colour[w] == 0 and not visit(w):
            return []
    return out
