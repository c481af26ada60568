# bug: sorts by first day and fixes the visit at the end of the opening window, never pulling it earlier for a window nested inside
# fails on: {"windows": [[1, 10], [2, 3], [5, 6]]}
# origin: independent
from typing import List


def fewestVisits(windows: List[List[int]]) -> int:
    visits = 0
    day = None
    for first, last in sorted(windows):
        if day is None or first > day:
            visits += 1
            day = last
    return visits
