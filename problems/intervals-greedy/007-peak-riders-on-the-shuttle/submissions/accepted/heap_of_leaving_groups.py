import heapq


def peakRiders(trips: List[List[int]]) -> int:
    """Take the groups by boarding stop; a min-heap of (leave, riders) lets every group
    that has left by the current stop get off first."""
    on_board = []
    load = peak = 0
    for board, leave, riders in sorted(trips):
        while on_board and on_board[0][0] <= board:
            load -= heapq.heappop(on_board)[1]
        heapq.heappush(on_board, (leave, riders))
        load += riders
        peak = max(peak, load)
    return peak
