"""Same-direction two pointers: a write index trails the read index.

Non-zero values are copied forward in their original order, then the tail is filled
with zeros. Every write goes to a slot that has already been read.

Time O(n), extra space O(1).
"""


def pushZerosToEnd(nums: list[int]) -> None:
    write = 0
    for read in range(len(nums)):
        value = nums[read]
        if value != 0:
            nums[write] = value
            write += 1
    for i in range(write, len(nums)):
        nums[i] = 0
