# origin: independent
from typing import List


def fewestVisits(windows: List[List[int]]) -> int:
    visits = 0
    last_visit = None
    for first, last in sorted(windows, key=lambda w: w[1]):
        if last_visit is None or first > last_visit:
            visits += 1
            last_visit = last
    return visits
