# bug: swaps a runner into place but never swaps it back, so later branches see a scrambled list and repeat some finishes while missing others (fails samples 1 and 2)
# fails on: {"runners": [1, 2, 3], "k": 2}
# origin: independent
def podiumOrders(runners: List[int], k: int) -> List[List[int]]:
    order = runners[:]
    result = []

    def place(pos):
        if pos == k:
            result.append(order[:k])
            return
        for i in range(pos, len(order)):
            order[pos], order[i] = order[i], order[pos]
            place(pos + 1)

    place(0)
    return result
