def smallestAbsentPositive(nums):
    candidate = 1
    while candidate in nums:  # each membership test scans the list: O(n) per candidate
        candidate += 1
    return candidate
