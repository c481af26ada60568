# bug: takes the shortest jobs first, each if it ends by its own deadline at that moment
# fails on: {"jobs": [[2, 2], [1, 3]]}
def mostRepairs(jobs: List[List[int]]) -> int:
    count = total = 0
    for duration, deadline in sorted(jobs):
        if total + duration <= deadline:
            count += 1
            total += duration
    return count
