"""Cyclic placement: the list itself serves as the hash set of the values 1..n.

Every value v with 1 <= v <= n is swapped to its home index v - 1. Each swap settles one
value for good, so there are at most n swaps. After that, the first index i that does not
hold i + 1 names the answer; if every index holds its value, the answer is n + 1.

Time O(n); extra space O(1) (the input list is reordered in place).
"""


def smallestAbsentPositive(nums: list[int]) -> int:
    n = len(nums)
    for i in range(n):
        value = nums[i]
        # Move the value here to its home, and keep going with what was there, until the
        # slot holds something out of range or a value whose home is already taken.
        while 1 <= value <= n and nums[value - 1] != value:
            home = value - 1
            nums[i] = nums[home]
            nums[home] = value
            value = nums[i]
    for i in range(n):
        if nums[i] != i + 1:
            return i + 1
    return n + 1
