import heapq


class Solution:
    def spliceCost(self, lengths: List[int]) -> int:
        """The same greedy with plain heappush and two heappops per splice."""
        heap = []
        for length in lengths:
            heapq.heappush(heap, length)
        total = 0
        while len(heap) >= 2:
            a = heapq.heappop(heap)
            b = heapq.heappop(heap)
            total += a + b
            heapq.heappush(heap, a + b)
        return total
