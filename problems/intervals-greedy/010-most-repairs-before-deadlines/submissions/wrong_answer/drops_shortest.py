# bug: uses heapq as-is (a min-heap), so on overflow it drops the shortest job taken instead of the longest (fails sample 1)
# fails on: {"jobs": [[1, 1], [2, 1], [1, 2]]}
# origin: independent
import heapq
from typing import List


def mostRepairs(jobs: List[List[int]]) -> int:
    taken = []
    total = 0
    for duration, deadline in sorted(jobs, key=lambda j: j[1]):
        heapq.heappush(taken, duration)
        total += duration
        if total > deadline:
            total -= heapq.heappop(taken)
    return len(taken)
