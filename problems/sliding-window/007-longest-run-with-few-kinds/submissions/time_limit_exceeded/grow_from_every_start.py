def longestRunWithFewKinds(nums, k):
    # correct, but every start grows its own run: O(n^2) when runs are long
    n = len(nums)
    best = 0
    for i in range(n):
        seen = set()
        j = i
        while j < n:
            seen.add(nums[j])
            if len(seen) > k:
                break
            j += 1
        best = max(best, j - i)
    return best
