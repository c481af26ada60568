"""One binary search per query over the turned list.

Within [lo, hi], at least one of lo..mid and mid..hi is sorted: if nums[lo] <= nums[mid]
the turn is not in the left piece. The sorted piece's two ends say whether it can hold
q; if it can, keep it, otherwise keep the other piece.

Time O(q log n); extra space O(1) besides the returned list.
"""


def searchTurned(nums: list[int], queries: list[int]) -> list[int]:
    answers = []
    for q in queries:
        lo, hi = 0, len(nums) - 1
        found = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            value = nums[mid]
            if value == q:
                found = mid
                break
            if nums[lo] <= value:  # lo..mid is sorted
                if nums[lo] <= q < value:
                    hi = mid - 1
                else:
                    lo = mid + 1
            elif value < q <= nums[hi]:  # mid..hi is sorted
                lo = mid + 1
            else:
                hi = mid - 1
        answers.append(found)
    return answers
