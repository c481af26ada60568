# slow: O(n * n!): builds every full order of all runners, then cuts each to its first k and dedupes
# origin: independent
def podiumOrders(runners: List[int], k: int) -> List[List[int]]:
    full_orders = []

    def permute(order, remaining):
        if not remaining:
            full_orders.append(order)
            return
        for i in range(len(remaining)):
            permute(order + [remaining[i]], remaining[:i] + remaining[i + 1:])

    permute([], runners)
    seen = set()
    result = []
    for order in full_orders:
        top = tuple(order[:k])
        if top not in seen:
            seen.add(top)
            result.append(list(top))
    return result
