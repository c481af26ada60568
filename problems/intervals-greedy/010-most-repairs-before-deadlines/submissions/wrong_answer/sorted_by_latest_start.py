# bug: orders the jobs by their latest start (deadline - duration) instead of by deadline
# fails on: {"jobs": [[1, 3], [3, 4]]}
import heapq


def mostRepairs(jobs: List[List[int]]) -> int:
    taken, total = [], 0
    for duration, deadline in sorted(jobs, key=lambda j: j[1] - j[0]):
        heapq.heappush(taken, -duration)
        total += duration
        if total > deadline:
            total += heapq.heappop(taken)
    return len(taken)
