# bug: seeds the greedy with the first window after sorting without checking for no machines (IndexError on [])
# fails on: {"windows": []}
# origin: independent
from typing import List


def fewestVisits(windows: List[List[int]]) -> int:
    windows = sorted(windows, key=lambda w: w[1])
    visits = 1
    day = windows[0][1]
    for first, last in windows[1:]:
        if first > day:
            visits += 1
            day = last
    return visits
