# bug: at a shared stop the boarding group is counted before the leaving group gets off
# fails on: {"trips": [[0, 5, 6], [5, 10, 6]]}
def peakRiders(trips: List[List[int]]) -> int:
    events = []
    for board, leave, riders in trips:
        events.append((board, 0, riders))
        events.append((leave, 1, -riders))
    events.sort()
    load = peak = 0
    for _, _, delta in events:
        load += delta
        peak = max(peak, load)
    return peak
