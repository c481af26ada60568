# bug: the loop over warmer readings uses range(temp + 1, 100), so a reading of exactly 100 is never seen as warmer (passes the samples)
# fails on: {"temps": [99, 100]}
# origin: independent
def daysUntilWarmer(temps):
    n = len(temps)
    answer = [0] * n
    next_seen = {}
    for i in range(n - 1, -1, -1):
        soonest = None
        for warmer in range(temps[i] + 1, 100):
            j = next_seen.get(warmer)
            if j is not None and (soonest is None or j < soonest):
                soonest = j
        if soonest is not None:
            answer[i] = soonest - i
        next_seen[temps[i]] = i
    return answer
