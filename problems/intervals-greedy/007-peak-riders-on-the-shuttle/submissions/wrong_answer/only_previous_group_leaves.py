# bug: when a group boards, only the group that boarded just before it is checked for leaving
# fails on: {"trips": [[0, 2, 3], [1, 9, 1], [3, 4, 2]]}
def peakRiders(trips: List[List[int]]) -> int:
    order = sorted(trips)
    load = peak = 0
    for i, (board, leave, riders) in enumerate(order):
        if i > 0 and order[i - 1][1] <= board:
            load -= order[i - 1][2]
        load += riders
        peak = max(peak, load)
    return peak
