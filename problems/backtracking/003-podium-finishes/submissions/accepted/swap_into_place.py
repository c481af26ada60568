def podiumOrders(runners, k):
    # place i takes each runner from position i onwards by swapping it forward, then swaps back
    a = list(runners)
    out = []

    def go(i):
        if i == k:
            out.append(a[:k])
            return
        for j in range(i, len(a)):
            a[i], a[j] = a[j], a[i]
            go(i + 1)
            a[i], a[j] = a[j], a[i]

    go(0)
    return out
