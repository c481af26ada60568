"""Always splice the two shortest cables (Huffman's greedy), with a min-heap.

Every original cable is paid for once per splice it takes part in, so short cables
should take part in many splices and long ones in few: splicing the two shortest first
is optimal (the exchange argument behind Huffman codes). The heap hands out the two
shortest in O(log n), and the spliced cable goes back in.

Time O(n log n); extra space O(n).
"""

import heapq


def spliceCost(lengths: list[int]) -> int:
    heap = list(lengths)
    heapq.heapify(heap)
    total = 0
    while len(heap) > 1:
        shortest = heapq.heappop(heap)
        joined = shortest + heap[0]
        heapq.heapreplace(heap, joined)  # removes the second shortest, adds the new cable
        total += joined
    return total
