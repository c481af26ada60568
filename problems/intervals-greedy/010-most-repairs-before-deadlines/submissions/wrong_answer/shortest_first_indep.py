# bug: greedily does the shortest jobs first and skips any that would finish late, ignoring that a tight deadline needs its job earlier
# fails on: {"jobs": [[2, 2], [1, 3]]}
# origin: independent
from typing import List


def mostRepairs(jobs: List[List[int]]) -> int:
    time = 0
    done = 0
    for duration, deadline in sorted(jobs):
        if time + duration <= deadline:
            time += duration
            done += 1
    return done
