def windowMaximums(nums, k):
    # correct, but rescans every window: O(n k), about n^2 / 4 when k = n / 2
    return [max(nums[i : i + k]) for i in range(len(nums) - k + 1)]
