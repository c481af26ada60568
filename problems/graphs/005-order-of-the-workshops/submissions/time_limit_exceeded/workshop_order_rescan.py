# slow: O(n * (n + m)): each round rescans every rule to find the workshops whose predecessors are all placed
# origin: independent
def workshopOrder(n: int, rules: List[List[int]]) -> List[int]:
    placed = [False] * n
    order = []
    while len(order) < n:
        blocked = [False] * n
        for a, b in rules:
            if not placed[a]:
                blocked[b] = True
        ready = [i for i in range(n) if not placed[i] and not blocked[i]]
        if not ready:
            return []
        for i in ready:
            placed[i] = True
            order.append(i)
    return order
