# finds the index of the smallest value once by binary search, then searches the sorted piece that can hold q
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
