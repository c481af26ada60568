# bug: reads the question as "index or -1" and answers -1 for a value that is not in the list
# fails on: {"nums": [2, 4], "queries": [3]}
def insertPositions(nums, queries):
    answers = []
    for q in queries:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo if lo < len(nums) and nums[lo] == q else -1)
    return answers
