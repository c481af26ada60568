# bug: decides the left half is sorted with nums[lo] < nums[mid]; when lo == mid it wrongly treats the right half as sorted (fails sample 3)
# fails on: {"nums": [8, 2], "queries": [2]}
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
            if nums[lo] < nums[mid]:
                if nums[lo] <= q < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:
                if nums[mid] < q <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        answers.append(pos)
    return answers
