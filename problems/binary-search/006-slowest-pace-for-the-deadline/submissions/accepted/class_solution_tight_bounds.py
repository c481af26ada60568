class Solution:
    def slowestPace(self, pages: List[int], hours: int) -> int:
        """Binary search between the average pace (rounded up) and the longest chapter, inclusive bounds."""
        lo = max(1, -(-sum(pages) // hours))
        hi = max(pages)
        best = hi
        while lo <= hi:
            mid = (lo + hi) // 2
            if sum(-(-p // mid) for p in pages) <= hours:
                best = mid
                hi = mid - 1
            else:
                lo = mid + 1
        return best
