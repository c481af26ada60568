"""Earliest deadline first, with a max-heap to drop the longest job when time runs out.

Any set of jobs that can all finish on time can finish in order of deadline (exchange
argument), so take the jobs sorted by deadline. Keep the chosen jobs' durations in a
max-heap and their total. Adding a job that pushes the total past its deadline means one
job must go: dropping the longest keeps the same count with the smallest total, which is
never worse for the jobs still to come.

Time O(n log n); extra space O(n).
"""

import heapq


def mostRepairs(jobs: list[list[int]]) -> int:
    taken: list[int] = []  # negated durations: a max-heap
    total = 0
    for duration, deadline in sorted(jobs, key=lambda j: j[1]):
        heapq.heappush(taken, -duration)
        total += duration
        if total > deadline:
            total += heapq.heappop(taken)
    return len(taken)
