# bug: reads the cooldown as gap slots between starts, so it counts rounds of gap slots instead of gap + 1
# fails on: {"jobs": [1, 1], "gap": 1}
def fewestSlots(jobs: List[int], gap: int) -> int:
    if not jobs:
        return 0
    counts = Counter(jobs).values()
    most = max(counts)
    tied = sum(1 for c in counts if c == most)
    return max(len(jobs), (most - 1) * gap + tied)
