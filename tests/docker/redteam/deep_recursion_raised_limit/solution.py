import sys


def down(depth):
    frame_data = [depth] * 8192  # 64 KiB per level, so memory runs out in a few thousand levels
    return down(depth + 1) + len(frame_data)


def sumList(nums):
    sys.setrecursionlimit(10**8)
    return down(0)
