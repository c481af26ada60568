# bug: treats finishing exactly at the deadline as late (>= instead of >)
# fails on: {"jobs": [[1, 1]]}
import heapq


def mostRepairs(jobs: List[List[int]]) -> int:
    taken, total = [], 0
    for duration, deadline in sorted(jobs, key=lambda j: j[1]):
        heapq.heappush(taken, -duration)
        total += duration
        if total >= deadline:
            total += heapq.heappop(taken)
    return len(taken)
