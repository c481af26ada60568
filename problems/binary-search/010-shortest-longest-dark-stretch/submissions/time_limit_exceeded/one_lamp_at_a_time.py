# slow: O(extra log n): places the new lamps one by one, each into the stretch whose pieces are currently longest
import heapq


def shortestDarkStretch(lamps, extra):
    heap = [(-(b - a), b - a, 1) for a, b in zip(lamps, lamps[1:])]
    heapq.heapify(heap)
    for _ in range(extra):
        _, g, p = heapq.heappop(heap)
        heapq.heappush(heap, (-g / (p + 1), g, p + 1))
    return -heap[0][0]
