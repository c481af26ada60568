# bug: counts the groups on board instead of the people in them
# fails on: {"trips": [[0, 2, 5], [1, 3, 1]]}
def peakRiders(trips: List[List[int]]) -> int:
    events = []
    for board, leave, riders in trips:
        events.append((board, 1))
        events.append((leave, -1))
    events.sort()
    load = peak = 0
    for _, delta in events:
        load += delta
        peak = max(peak, load)
    return peak
