def fewestSlots(jobs: List[int], gap: int) -> int:
    """Counting, O(n): the busiest kind (c jobs) needs (c - 1) rounds of gap + 1 slots and a
    last round holding every kind that also has c jobs; when other jobs overflow those
    rounds, no slot idles and the answer is len(jobs)."""
    if not jobs:
        return 0
    counts = Counter(jobs).values()
    most = max(counts)
    tied = sum(1 for c in counts if c == most)
    return max(len(jobs), (most - 1) * (gap + 1) + tied)
