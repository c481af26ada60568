class Solution:
    def floorSqrt(self, x: int) -> int:
        """Binary search for the first r whose square is too large, over [0, 10^9 + 1]."""
        lo, hi = 0, 10**9 + 1
        while lo < hi:
            mid = (lo + hi) // 2
            if mid * mid > x:
                hi = mid
            else:
                lo = mid + 1
        return lo - 1
