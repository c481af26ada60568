# bug: the search for the smallest value sets hi = mid - 1 instead of hi = mid, so it can step past the minimum and then searches an unsorted range (passes all samples)
# fails on: {"nums": [5, 1, 2, 3], "queries": [1]}
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
            hi = mid - 1
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
