import sys


def countPairs(nums, target):
    print("pairs for", target)
    print("warning: slow path", file=sys.stderr)
    return sum(1 for a in nums for b in nums if a + b == target)
