# bug: orders jobs by slack (deadline - duration) instead of by deadline before the drop-the-longest greedy
# fails on: {"jobs": [[1, 3], [3, 4]]}
# origin: independent
import heapq
from typing import List


def mostRepairs(jobs: List[List[int]]) -> int:
    chosen = []
    elapsed = 0
    for duration, deadline in sorted(jobs, key=lambda j: j[1] - j[0]):
        heapq.heappush(chosen, -duration)
        elapsed += duration
        if elapsed > deadline:
            elapsed += heapq.heappop(chosen)
    return len(chosen)
