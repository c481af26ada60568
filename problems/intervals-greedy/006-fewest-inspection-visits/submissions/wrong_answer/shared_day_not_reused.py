# bug: uses first >= day, so a window starting on the day of the last visit gets its own visit (fails sample 2)
# fails on: {"windows": [[1, 2], [2, 3]]}
# origin: independent
from typing import List


def fewestVisits(windows: List[List[int]]) -> int:
    visits = 0
    day = float("-inf")
    for first, last in sorted(windows, key=lambda w: w[1]):
        if first >= day:
            visits += 1
            day = last
    return visits
