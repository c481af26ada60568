import os


def sumList(nums):
    read_end, _write_end = os.pipe()
    os.read(read_end, 1)  # nobody ever writes: blocks forever without using CPU
    return sum(nums)
