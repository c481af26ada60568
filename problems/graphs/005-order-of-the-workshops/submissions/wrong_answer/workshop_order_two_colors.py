# bug: depth-first search with a single "visited" mark treats reaching an already finished workshop as a circle, so a workshop with two predecessors gives []; fails sample 1
# fails on: {"n": 3, "rules": [[0, 2], [1, 2]]}
# origin: independent
def workshopOrder(n: int, rules: List[List[int]]) -> List[int]:
    after = [[] for _ in range(n)]
    for a, b in rules:
        after[a].append(b)
    visited = [False] * n
    order = []

    def visit(node):
        visited[node] = True
        for nxt in after[node]:
            if visited[nxt]:
                return False
            if not visit(nxt):
                return False
        order.append(node)
        return True

    for i in range(n):
        if not visited[i] and not visit(i):
            return []
    return order[::-1]
