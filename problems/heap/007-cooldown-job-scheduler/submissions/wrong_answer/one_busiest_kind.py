# bug: the formula adds 1 for the last round instead of the number of kinds that tie for the most jobs
# fails on: {"jobs": [1, 1, 2, 2], "gap": 2}
# origin: independent
from collections import Counter
from typing import List


def fewestSlots(jobs: List[int], gap: int) -> int:
    if not jobs:
        return 0
    counts = Counter(jobs)
    top = max(counts.values())
    return max(len(jobs), (top - 1) * (gap + 1) + 1)
