# bug: the search for the last index was copied from the first-index search and still moves hi left on a match, so it returns the first index twice (fails the samples)
# fails on: {"nums": [5, 5], "queries": [5]}
# origin: independent
def find(nums, q, leftmost):
    lo, hi = 0, len(nums) - 1
    found = -1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == q:
            found = mid
            hi = mid - 1
        elif nums[mid] < q:
            lo = mid + 1
        else:
            hi = mid - 1
    return found


def valueSpans(nums, queries):
    return [[find(nums, q, True), find(nums, q, False)] for q in queries]
