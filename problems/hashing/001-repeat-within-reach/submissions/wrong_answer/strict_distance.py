def repeatWithinReach(nums, k):
    last_seen = {}
    for j, value in enumerate(nums):
        if value in last_seen and j - last_seen[value] < k:  # bug: a gap of exactly k is allowed
            return True
        last_seen[value] = j
    return False
