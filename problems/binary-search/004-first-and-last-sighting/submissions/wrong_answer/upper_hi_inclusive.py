# bug: the search for the end of the run starts with hi = n - 1 instead of n, so a run that reaches the end of the list stops one short (fails the samples)
# fails on: {"nums": [1, 2, 2], "queries": [2]}
# origin: independent
def valueSpans(nums, queries):
    n = len(nums)
    spans = []
    for q in queries:
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        first = lo
        if first == n or nums[first] != q:
            spans.append([-1, -1])
            continue
        lo, hi = first, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] <= q:
                lo = mid + 1
            else:
                hi = mid
        spans.append([first, lo - 1])
    return spans
