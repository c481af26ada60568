# bug: the search for the end of the run works on [first, n - 1] and reports one before where it stops, so a run reaching the last index loses its last element
# fails on: {"nums": [2, 2], "queries": [2]}
def valueSpans(nums, queries):
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
        if lo == n or nums[lo] != q:
            answers.append([-1, -1])
            continue
        first, hi = lo, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] <= q:
                lo = mid + 1
            else:
                hi = mid
        answers.append([first, lo - 1 if lo > first else first])
    return answers
