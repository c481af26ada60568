import heapq


def mostRepairs(jobs: List[List[int]]) -> int:
    """Deadline order. A job that fits is taken; one that does not fit replaces the
    longest job taken so far when it is shorter (same count, less time used)."""
    taken, total = [], 0            # negated durations
    for duration, deadline in sorted(jobs, key=lambda j: j[1]):
        if total + duration <= deadline:
            heapq.heappush(taken, -duration)
            total += duration
        elif taken and -taken[0] > duration:
            total += duration + heapq.heapreplace(taken, -duration)
    return len(taken)
