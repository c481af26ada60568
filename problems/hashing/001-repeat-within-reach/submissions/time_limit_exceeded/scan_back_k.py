def repeatWithinReach(nums, k):
    # Correct, but compares each position with up to k earlier ones: O(n * min(n, k)).
    for j in range(len(nums)):
        for i in range(max(0, j - k), j):
            if nums[i] == nums[j]:
                return True
    return False
