# slow: O(length of the run) per query: finds one copy by binary search, then steps outwards one index at a time
# origin: independent
def valueSpans(nums, queries):
    spans = []
    for q in queries:
        lo, hi = 0, len(nums) - 1
        pos = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == q:
                pos = mid
                break
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid - 1
        if pos == -1:
            spans.append([-1, -1])
            continue
        first = last = pos
        while first > 0 and nums[first - 1] == q:
            first -= 1
        while last < len(nums) - 1 and nums[last + 1] == q:
            last += 1
        spans.append([first, last])
    return spans
