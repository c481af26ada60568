# exact: give each stretch the lamps it needs for the even share total / extra, then place the
# few that remain one at a time (at most one per stretch) into the piece that is currently longest
import heapq


def shortestDarkStretch(lamps, extra):
    gaps = [b - a for a, b in zip(lamps, lamps[1:])]
    if extra == 0:
        return float(max(gaps))
    total = sum(gaps)
    # pieces = ceil(g * extra / total): never more than the optimum uses, since
    # every stretch at most total / extra long is reachable with extra lamps
    pieces = [-(-g * extra // total) for g in gaps]
    left = extra - sum(p - 1 for p in pieces)
    heap = [(-g / p, g, p) for g, p in zip(gaps, pieces)]
    heapq.heapify(heap)
    for _ in range(left):
        _, g, p = heapq.heappop(heap)
        heapq.heappush(heap, (-g / (p + 1), g, p + 1))
    return -heap[0][0]
