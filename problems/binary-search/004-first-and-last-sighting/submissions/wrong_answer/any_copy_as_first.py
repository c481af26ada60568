# bug: an exact-match search stops at whichever copy it meets first and reports that as the first index
# fails on: {"nums": [4, 4, 4], "queries": [4]}
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
        lo, hi = hit, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] <= q:
                lo = mid + 1
            else:
                hi = mid
        answers.append([hit, lo - 1])
    return answers
