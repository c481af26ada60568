def findTargetPair(nums, target):
    # Correct, but tries every pair: O(n^2).
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
