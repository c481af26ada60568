"""Sweep line over boarding and leaving events.

Each group is two events: +riders at its boarding stop and -riders at its leaving stop.
Sorted by stop, with leaving events first at the same stop (tuples (stop, delta) sort the
negative delta first), the running sum is the load just after each event; the largest
value it takes is the peak.

Time O(n log n); extra space O(n) for the events.
"""


def peakRiders(trips: list[list[int]]) -> int:
    events = []
    for board, leave, riders in trips:
        events.append((board, riders))
        events.append((leave, -riders))
    events.sort()
    load = peak = 0
    for _, delta in events:
        load += delta
        if load > peak:
            peak = load
    return peak
