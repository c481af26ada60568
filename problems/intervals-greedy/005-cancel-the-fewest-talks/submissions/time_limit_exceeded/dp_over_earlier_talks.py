# slow: O(n^2): for each talk (by end) the best count looks back at every earlier talk
def fewestCancellations(talks: List[List[int]]) -> int:
    order = sorted(talks, key=lambda t: t[1])
    best = [0] * len(order)
    for i, (s, e) in enumerate(order):
        b = 0
        for j in range(i):
            if order[j][1] <= s and best[j] > b:
                b = best[j]
        best[i] = b + 1
    return len(talks) - max(best, default=0)
