# bug: searches [0, n - 1] inclusive and never considers position n, so a query above every value gets n - 1
# fails on: {"nums": [1, 3], "queries": [5]}
def insertPositions(nums, queries):
    answers = []
    for q in queries:
        if not nums:
            answers.append(0)
            continue
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
