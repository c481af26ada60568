# bug: a value whose count drops to zero is never deleted, so values that already left the window still count as kinds
# fails on: {"nums": [1, 2, 2], "k": 1}
def longestRunWithFewKinds(nums, k):
    counts = {}
    best = 0
    left = 0
    for right, value in enumerate(nums):
        counts[value] = counts.get(value, 0) + 1
        while len(counts) > k and left <= right:
            counts[nums[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
