# slow: O(n^2): at every boarding stop adds up all groups on board there
def peakRiders(trips: List[List[int]]) -> int:
    peak = 0
    for stop, _, _ in trips:
        load = 0
        for board, leave, riders in trips:
            if board <= stop < leave:
                load += riders
        peak = max(peak, load)
    return peak
