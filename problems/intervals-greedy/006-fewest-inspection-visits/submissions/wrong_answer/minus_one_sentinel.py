# bug: starts last_visit at -1, so windows lying entirely before day 0 look already covered
# fails on: {"windows": [[-5, -3]]}
# origin: independent
from typing import List


def fewestVisits(windows: List[List[int]]) -> int:
    visits = 0
    last_visit = -1
    for first, last in sorted(windows, key=lambda w: w[1]):
        if first > last_visit:
            visits += 1
            last_visit = last
    return visits
