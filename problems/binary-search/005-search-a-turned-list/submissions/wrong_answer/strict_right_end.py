# bug: in the sorted right half the range test is nums[mid] < q < nums[hi], so a query equal to nums[hi] is sent the wrong way (passes all samples)
# fails on: {"nums": [5, 1, 2, 3], "queries": [3]}
# origin: independent
def searchTurned(nums, queries):
    answers = []
    for q in queries:
        lo, hi = 0, len(nums) - 1
        pos = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == q:
                pos = mid
                break
            if nums[lo] <= nums[mid]:
                if nums[lo] <= q < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:
                if nums[mid] < q < nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        answers.append(pos)
    return answers
