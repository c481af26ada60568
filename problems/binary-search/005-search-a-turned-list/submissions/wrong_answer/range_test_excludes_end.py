# bug: the sorted left piece is said to hold q only when nums[lo] < q, so a query equal to the piece's first value is sent the wrong way
# fails on: {"nums": [5, 6, 7, 8, 1, 2, 3], "queries": [5]}
def searchTurned(nums, queries):
    answers = []
    for q in queries:
        lo, hi = 0, len(nums) - 1
        found = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == q:
                found = mid
                break
            if nums[lo] <= nums[mid]:
                if nums[lo] < q < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            elif nums[mid] < q <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
        answers.append(found)
    return answers
