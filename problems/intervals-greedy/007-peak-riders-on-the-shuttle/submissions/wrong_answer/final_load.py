# bug: returns the load after the last boarding instead of the largest load seen
# fails on: {"trips": [[0, 3, 4], [1, 2, 4], [5, 6, 1]]}
import heapq


def peakRiders(trips: List[List[int]]) -> int:
    on_board, load = [], 0
    for board, leave, riders in sorted(trips):
        while on_board and on_board[0][0] <= board:
            load -= heapq.heappop(on_board)[1]
        heapq.heappush(on_board, (leave, riders))
        load += riders
    return load
