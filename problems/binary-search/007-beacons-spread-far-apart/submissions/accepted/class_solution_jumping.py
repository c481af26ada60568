class Solution:
    def widestSpacing(self, sites: List[int], k: int) -> int:
        """Greedy check that jumps to the next usable site with bisect; inclusive binary search."""
        order = sorted(sites)

        def fits(d):
            i = 0
            for _ in range(k - 1):
                i = bisect.bisect_left(order, order[i] + d, i + 1)
                if i == len(order):
                    return False
            return True

        lo, hi, best = 1, order[-1] - order[0], 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if fits(mid):
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return best
