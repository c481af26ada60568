# bug: puts each new lamp in the middle of the longest piece, instead of spreading a stretch's lamps evenly
# fails on: {"lamps": [0, 10, 14], "extra": 2}
import heapq


def shortestDarkStretch(lamps, extra):
    heap = [-(b - a) for a, b in zip(lamps, lamps[1:])]
    heapq.heapify(heap)
    for _ in range(min(extra, 100000)):
        longest = -heapq.heappop(heap)
        heapq.heappush(heap, -longest / 2)
        heapq.heappush(heap, -longest / 2)
    return -heap[0]
