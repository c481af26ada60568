# bug: takes jobs in deadline order when they fit but never swaps a long taken job for a shorter one
# fails on: {"jobs": [[5, 5], [4, 6], [2, 6]]}
def mostRepairs(jobs: List[List[int]]) -> int:
    count = total = 0
    for duration, deadline in sorted(jobs, key=lambda j: j[1]):
        if total + duration <= deadline:
            count += 1
            total += duration
    return count
