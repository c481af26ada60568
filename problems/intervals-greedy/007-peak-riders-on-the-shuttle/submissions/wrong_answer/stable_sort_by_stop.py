# bug: sorts events by stop only, so at a shared stop a boarding can be counted before a leaving depending on input order
# fails on: {"trips": [[5, 10, 6], [0, 5, 6]]}
# origin: independent
from typing import List


def peakRiders(trips: List[List[int]]) -> int:
    events = []
    for board, leave, riders in trips:
        events.append((board, riders))
        events.append((leave, -riders))
    events.sort(key=lambda e: e[0])
    current = 0
    best = 0
    for _, change in events:
        current += change
        best = max(best, current)
    return best
