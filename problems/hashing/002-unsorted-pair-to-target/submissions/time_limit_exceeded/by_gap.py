def findTargetPair(nums, target):
    # Correct, and fast when the pair is close together, but O(n^2) when it is far apart.
    n = len(nums)
    for gap in range(1, n):
        for i in range(n - gap):
            if nums[i] + nums[i + gap] == target:
                return [i, i + gap]
    return []
