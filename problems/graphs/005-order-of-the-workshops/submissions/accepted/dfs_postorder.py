# Recursive DFS with three colours: a workshop is emitted after everything that must come
# after it; the reversed emission order is a valid order. Meeting a grey workshop means a cycle.
class Solution:
    def workshopOrder(self, n, rules):
        after = [[] for _ in range(n)]
        for a, b in rules:
            after[a].append(b)
        colour = [0] * n  # 0 unseen, 1 on the current path, 2 finished
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
        return out[::-1]
