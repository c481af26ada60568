# binary search on the capacity; the check jumps a whole day at a time with bisect on prefix sums
class Solution:
    def lightestHeaviestDay(self, loads: List[int], days: int) -> int:
        prefix = [0]
        for w in loads:
            prefix.append(prefix[-1] + w)
        n = len(loads)

        def days_needed(cap: int) -> int:
            start, used = 0, 0
            while start < n:
                # the day ends after the last parcel keeping the total <= cap
                end = bisect.bisect_right(prefix, prefix[start] + cap) - 1
                used += 1
                if used > days:
                    return used
                start = end
            return used

        lo, hi = max(loads), prefix[-1]
        while lo < hi:
            mid = (lo + hi) // 2
            if days_needed(mid) <= days:
                hi = mid
            else:
                lo = mid + 1
        return lo
