# bug: greedy: only ever joins two neighbouring runs of working lamps across one gap, never three or more runs
# fails on: {"lamps": [1, 0, 1, 0, 1], "k": 2}
# origin: independent
from typing import List


def longestLitStretch(lamps: List[int], k: int) -> int:
    n = len(lamps)
    runs = []
    i = 0
    while i < n:
        j = i
        while j < n and lamps[j] == lamps[i]:
            j += 1
        runs.append((lamps[i], j - i))
        i = j
    best = min(k, n)
    for idx, (value, length) in enumerate(runs):
        if value == 1:
            best = max(best, min(n, length + k))
            if idx + 2 < len(runs) and runs[idx + 1][1] <= k:
                best = max(best, min(n, length + runs[idx + 2][1] + k))
    return best
