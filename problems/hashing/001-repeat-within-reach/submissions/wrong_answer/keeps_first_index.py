# bug: remembers only the first position of each value, so a newer, closer copy is never compared
# fails on: {"nums": [1, 2, 1, 1], "k": 1}
def repeatWithinReach(nums, k):
    first_seen = {}
    for j, value in enumerate(nums):
        if value in first_seen:
            if j - first_seen[value] <= k:
                return True
        else:
            first_seen[value] = j  # never moves on to the newer, closer copy
    return False
