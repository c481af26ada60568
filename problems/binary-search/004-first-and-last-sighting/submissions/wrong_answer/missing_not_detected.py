# bug: never checks that q occurs; for a missing value the two searches meet and it returns [p, p - 1] instead of [-1, -1]
# fails on: {"nums": [1, 3], "queries": [2]}
def valueSpans(nums, queries):
    def lower(x):
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo

    answers = []
    for q in queries:
        if not nums or q < nums[0] or q > nums[-1]:
            answers.append([-1, -1])
        else:
            answers.append([lower(q), lower(q + 1) - 1])
    return answers
