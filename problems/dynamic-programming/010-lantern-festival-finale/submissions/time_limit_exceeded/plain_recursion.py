# slow: exponential: the last-released recursion on (l, r) without a memo
def bestFinale(glow):
    b = [1] + glow + [1]

    def best(l, r):
        top = 0
        for k in range(l + 1, r):
            top = max(top, best(l, k) + best(k, r) + b[l] * b[k] * b[r])
        return top

    return best(0, len(b) - 1)
