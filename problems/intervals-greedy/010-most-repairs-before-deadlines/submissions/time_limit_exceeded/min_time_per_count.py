# slow: O(n^2): keeps the least total time for every possible job count, updated job by job
# origin: independent
from typing import List


def mostRepairs(jobs: List[List[int]]) -> int:
    INF = float("inf")
    ordered = sorted(jobs, key=lambda j: j[1])
    least = [0] + [INF] * len(ordered)
    for idx, (duration, deadline) in enumerate(ordered):
        for k in range(idx + 1, 0, -1):
            if least[k - 1] + duration <= deadline and least[k - 1] + duration < least[k]:
                least[k] = least[k - 1] + duration
    best = 0
    for k in range(len(least)):
        if least[k] < INF:
            best = k
    return best
