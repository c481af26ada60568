# bug: drops a job when the running total reaches its deadline (>=), so a job finishing exactly on time is lost (fails sample 2)
# fails on: {"jobs": [[1, 1]]}
# origin: independent
import heapq
from typing import List


def mostRepairs(jobs: List[List[int]]) -> int:
    taken = []
    total = 0
    for duration, deadline in sorted(jobs, key=lambda j: j[1]):
        heapq.heappush(taken, -duration)
        total += duration
        if total >= deadline:
            total += heapq.heappop(taken)
    return len(taken)
