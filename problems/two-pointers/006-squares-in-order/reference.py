"""Opposite-ends two pointers, filling the result from the back.

The largest square not yet placed always comes from one of the two ends of the
unused part of `nums`, so compare the absolute values there and write the larger
square into the last free slot.

Time O(n), extra space O(1) besides the O(n) result.
"""


def squaresInOrder(nums: list[int]) -> list[int]:
    n = len(nums)
    result = [0] * n
    left, right = 0, n - 1
    for write in range(n - 1, -1, -1):
        low, high = nums[left], nums[right]
        if -low > high:  # |low| > |high|, since low <= high
            result[write] = low * low
            left += 1
        else:
            result[write] = high * high
            right -= 1
    return result
