# bug: accumulates changes per stop in a dict but walks the stops in insertion order instead of sorted order (fails sample 1)
# fails on: {"trips": [[2, 4, 3], [0, 3, 2]]}
# origin: independent
from typing import List


def peakRiders(trips: List[List[int]]) -> int:
    change = {}
    for board, leave, riders in trips:
        change[board] = change.get(board, 0) + riders
        change[leave] = change.get(leave, 0) - riders
    current = 0
    best = 0
    for stop in change:
        current += change[stop]
        best = max(best, current)
    return best
