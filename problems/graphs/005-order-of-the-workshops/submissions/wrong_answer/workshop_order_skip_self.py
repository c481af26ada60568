# bug: throws away rules [a, a] as harmless noise, but such a rule can never be satisfied, so an order is returned where [] is required (passes all samples)
# fails on: {"n": 2, "rules": [[1, 1]]}
# origin: independent
def workshopOrder(n: int, rules: List[List[int]]) -> List[int]:
    after = [[] for _ in range(n)]
    for a, b in rules:
        if a != b:
            after[a].append(b)
    state = [0] * n
    order = []

    def visit(node):
        state[node] = 1
        for nxt in after[node]:
            if state[nxt] == 1:
                return False
            if state[nxt] == 0 and not visit(nxt):
                return False
        state[node] = 2
        order.append(node)
        return True

    for i in range(n):
        if state[i] == 0 and not visit(i):
            return []
    return order[::-1]
