# bug: greedy that puts each new lamp in the middle of the current longest piece, instead of spreading a stretch's lamps evenly (fails sample 1)
# fails on: {"lamps": [0, 9], "extra": 2}
# origin: independent
import heapq


def shortestDarkStretch(lamps, extra):
    heap = [-(b - a) for a, b in zip(lamps, lamps[1:])]
    heapq.heapify(heap)
    for _ in range(extra):
        longest = -heapq.heappop(heap)
        heapq.heappush(heap, -longest / 2)
        heapq.heappush(heap, -longest / 2)
    return float(-heap[0])
