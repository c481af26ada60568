# origin: independent
from typing import List


def peakRiders(trips: List[List[int]]) -> int:
    events = []
    for board, leave, riders in trips:
        events.append((board, riders))
        events.append((leave, -riders))
    events.sort()
    on_board = 0
    peak = 0
    for _, change in events:
        on_board += change
        peak = max(peak, on_board)
    return peak
