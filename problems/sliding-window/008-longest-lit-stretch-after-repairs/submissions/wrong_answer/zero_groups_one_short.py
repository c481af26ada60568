# bug: the loop over groups of k consecutive broken lamps stops one group early, so the last group is never tried
# fails on: {"lamps": [0, 1, 0, 1, 1], "k": 1}
# origin: independent
from typing import List


def longestLitStretch(lamps: List[int], k: int) -> int:
    zeros = [i for i, lamp in enumerate(lamps) if lamp == 0]
    if len(zeros) <= k:
        return len(lamps)
    if k == 0:
        best = run = 0
        for lamp in lamps:
            run = run + 1 if lamp == 1 else 0
            best = max(best, run)
        return best
    best = 0
    for i in range(len(zeros) - k):
        start = zeros[i - 1] + 1 if i > 0 else 0
        end = zeros[i + k] - 1
        best = max(best, end - start + 1)
    return best
