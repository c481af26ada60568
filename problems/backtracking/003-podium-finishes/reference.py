def podiumOrders(runners, k):
    """Fill place after place with a runner not yet placed; record at depth k."""
    n = len(runners)
    used = [False] * n
    placed = []
    answer = []

    def fill():
        if len(placed) == k:
            answer.append(list(placed))
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                placed.append(runners[i])
                fill()
                placed.pop()
                used[i] = False

    fill()
    return answer
