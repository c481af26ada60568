"""Two lower-bound searches per query.

first = the first index with nums[i] >= q; end = the first index with nums[i] > q.
q is present exactly when first < end, and then it fills first .. end - 1.

Time O(q log n); extra space O(1) besides the returned list.
"""


def valueSpans(nums: list[int], queries: list[int]) -> list[list[int]]:
    n = len(nums)
    answers = []
    for q in queries:
        lo, hi = 0, n
        while lo < hi:  # first index with nums[i] >= q
            mid = (lo + hi) // 2
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        first = lo
        hi = n
        while lo < hi:  # first index with nums[i] > q, searched from `first` on
            mid = (lo + hi) // 2
            if nums[mid] <= q:
                lo = mid + 1
            else:
                hi = mid
        answers.append([first, lo - 1] if first < lo else [-1, -1])
    return answers
