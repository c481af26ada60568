# bug: decides that the left piece is sorted only when nums[lo] < nums[mid], which is false when lo == mid, so with two values left it keeps the wrong piece
# fails on: {"nums": [3, 1], "queries": [1]}
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
            if nums[lo] < nums[mid]:
                if nums[lo] <= q < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            elif nums[mid] < q <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
        answers.append(found)
    return answers
