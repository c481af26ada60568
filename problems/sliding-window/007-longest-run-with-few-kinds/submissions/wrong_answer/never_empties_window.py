# bug: the window always keeps at least one value, so with k = 0 a run of length 1 is reported
# fails on: {"nums": [8], "k": 0}
def longestRunWithFewKinds(nums, k):
    counts = {}
    best = 0
    left = 0
    for right, value in enumerate(nums):
        counts[value] = counts.get(value, 0) + 1
        while len(counts) > k and left < right:
            counts[nums[left]] -= 1
            if counts[nums[left]] == 0:
                del counts[nums[left]]
            left += 1
        best = max(best, right - left + 1)
    return best
