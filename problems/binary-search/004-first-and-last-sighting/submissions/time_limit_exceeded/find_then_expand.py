# slow: O(log n + run length) per query: binary search for any copy, then walk outwards to both ends of its run
def valueSpans(nums, queries):
    answers = []
    for q in queries:
        lo, hi = 0, len(nums) - 1
        hit = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == q:
                hit = mid
                break
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid - 1
        if hit < 0:
            answers.append([-1, -1])
            continue
        first = last = hit
        while first > 0 and nums[first - 1] == q:
            first -= 1
        while last + 1 < len(nums) and nums[last + 1] == q:
            last += 1
        answers.append([first, last])
    return answers
