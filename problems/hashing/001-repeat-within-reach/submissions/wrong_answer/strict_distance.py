# bug: a strict comparison, so a repeat exactly k apart is missed
# fails on: {"nums": [3, 5, 3], "k": 2}
def repeatWithinReach(nums, k):
    last_seen = {}
    for j, value in enumerate(nums):
        if value in last_seen and j - last_seen[value] < k:
            return True
        last_seen[value] = j
    return False
