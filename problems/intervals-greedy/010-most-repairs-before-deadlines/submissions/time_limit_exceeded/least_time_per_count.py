# slow: O(n^2): for every job (by deadline) updates the least total time for every count of jobs
def mostRepairs(jobs: List[List[int]]) -> int:
    least = [0]                      # least[k]: least total time to finish k jobs on time
    for duration, deadline in sorted(jobs, key=lambda j: j[1]):
        if least[-1] + duration <= deadline:
            least.append(least[-1] + duration)
        for k in range(len(least) - 1, 0, -1):
            t = least[k - 1] + duration
            if t <= deadline and t < least[k]:
                least[k] = t
    return len(least) - 1
