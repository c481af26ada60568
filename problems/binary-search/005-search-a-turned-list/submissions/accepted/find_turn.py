# origin: independent
from bisect import bisect_left


def searchTurned(nums, queries):
    n = len(nums)
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    turn = lo
    answers = []
    for q in queries:
        if turn > 0 and q >= nums[0]:
            left, right = 0, turn
        else:
            left, right = turn, n
        i = bisect_left(nums, q, left, right)
        answers.append(i if i < right and nums[i] == q else -1)
    return answers
