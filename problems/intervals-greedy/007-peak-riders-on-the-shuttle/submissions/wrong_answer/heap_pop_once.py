# bug: drops at most one finished group per boarding (if instead of while), so groups that left earlier can still be counted
# fails on: {"trips": [[0, 1, 1], [0, 1, 1], [2, 3, 5]]}
# origin: independent
import heapq
from typing import List


def peakRiders(trips: List[List[int]]) -> int:
    riding = []
    current = 0
    best = 0
    for board, leave, riders in sorted(trips):
        if riding and riding[0][0] <= board:
            _, gone = heapq.heappop(riding)
            current -= gone
        heapq.heappush(riding, (leave, riders))
        current += riders
        best = max(best, current)
    return best
