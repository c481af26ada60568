def repeatWithinReach(nums, k):
    first_seen = {}
    for j, value in enumerate(nums):
        if value in first_seen:
            if j - first_seen[value] <= k:
                return True
        else:
            first_seen[value] = j  # bug: never moves on to the newer, closer copy
    return False
