class Solution:
    def nearestStations(self, stations: List[List[int]], home: List[int], k: int) -> List[List[int]]:
        """Sort every station by squared distance and keep the first k: O(n log n)."""
        hx, hy = home
        return sorted(stations, key=lambda p: (p[0] - hx) ** 2 + (p[1] - hy) ** 2)[:k]
