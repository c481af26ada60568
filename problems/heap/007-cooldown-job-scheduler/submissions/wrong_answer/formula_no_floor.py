# bug: returns the idle-slot formula without taking the max with len(jobs), so it undercounts when there are many kinds
# fails on: {"jobs": [1, 1, 2, 3, 4], "gap": 1}
# origin: independent
from collections import Counter
from typing import List


def fewestSlots(jobs: List[int], gap: int) -> int:
    if not jobs:
        return 0
    counts = Counter(jobs)
    top = max(counts.values())
    ties = sum(1 for c in counts.values() if c == top)
    return (top - 1) * (gap + 1) + ties
