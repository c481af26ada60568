# slow: O(extra log n): places the new lamps one by one, each into the stretch whose pieces are currently longest
# origin: independent
import heapq


def shortestDarkStretch(lamps, extra):
    heap = [(-(b - a), b - a, 1) for a, b in zip(lamps, lamps[1:])]
    heapq.heapify(heap)
    for _ in range(extra):
        _, gap, pieces = heapq.heappop(heap)
        pieces += 1
        heapq.heappush(heap, (-gap / pieces, gap, pieces))
    return -heap[0][0]
