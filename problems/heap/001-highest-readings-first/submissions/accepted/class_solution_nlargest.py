import heapq


class Solution:
    def highestReadings(self, readings: List[int], k: int) -> List[int]:
        """heapq.nlargest keeps a heap of k items internally: O(n log k)."""
        return heapq.nlargest(k, readings)
