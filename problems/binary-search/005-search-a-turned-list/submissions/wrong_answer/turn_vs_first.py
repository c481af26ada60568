# bug: finds the turn as the first value below nums[0], which for a list that was not turned lands on the last index, so the last value is never searched (fails sample 2)
# fails on: {"nums": [1, 2, 3], "queries": [3]}
# origin: independent
from bisect import bisect_left


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
        if q >= nums[0]:
            left, right = 0, turn
        else:
            left, right = turn, n
        i = bisect_left(nums, q, left, right)
        answers.append(i if i < right and nums[i] == q else -1)
    return answers
