# slow: O(n^2): for every step scans all earlier steps to find the ones within two
# origin: independent
def cheapestClimb(toll: List[int]) -> int:
    n = len(toll)
    best = [0] * n
    for i in range(n):
        if i < 2:
            best[i] = toll[i]
            continue
        cheapest = None
        for j in range(i):
            if i - j <= 2:
                if cheapest is None or best[j] < cheapest:
                    cheapest = best[j]
        best[i] = toll[i] + cheapest
    answer = None
    for j in range(n):
        if n - j <= 2:
            if answer is None or best[j] < answer:
                answer = best[j]
    return answer
