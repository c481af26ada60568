# bug: moves right on nums[mid] <= q, so a query equal to a value gets the position after it
# fails on: {"nums": [10], "queries": [10]}
def insertPositions(nums, queries):
    answers = []
    for q in queries:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] <= q:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
