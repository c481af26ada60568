# slow: O(n^2): for every boarding stop, adds up all groups on board there
# origin: independent
from typing import List


def peakRiders(trips: List[List[int]]) -> int:
    peak = 0
    for stop, _, _ in trips:
        total = 0
        for board, leave, riders in trips:
            if board <= stop < leave:
                total += riders
        peak = max(peak, total)
    return peak
