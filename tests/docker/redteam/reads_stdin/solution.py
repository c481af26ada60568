import sys


def sumList(nums):
    sys.stdin.read()  # stdin is empty: this returns "" at once
    return int(input())  # and this raises EOFError, as on LeetCode
