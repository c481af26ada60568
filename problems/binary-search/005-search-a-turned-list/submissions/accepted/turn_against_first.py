# finds the turn as the first value below nums[0]; on a list that was not turned that search ends on the
# last index, and searching [0, n - 1) then still ends on n - 1, where the final equality check finds the largest value
def searchTurned(nums, queries):
    n = len(nums)
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] >= nums[0]:
            lo = mid + 1
        else:
            hi = mid
    turn = lo
    answers = []
    for q in queries:
        if turn > 0 and nums[0] <= q:
            lo, hi = 0, turn
        else:
            lo, hi = turn, n
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo if lo < n and nums[lo] == q else -1)
    return answers
