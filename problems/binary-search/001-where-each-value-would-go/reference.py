"""Lower bound by binary search, once per query.

For each q, [lo, hi) always contains the first index whose value is >= q (len(nums) when
there is none): a middle value below q rules out mid and everything before it, any other
middle value rules out everything after mid.

Time O(q log n); extra space O(1) besides the returned list.
"""


def insertPositions(nums: list[int], queries: list[int]) -> list[int]:
    n = len(nums)
    answers = []
    for q in queries:
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
