# bug: greedy: starts from the first number and takes every number larger than the last one taken
# fails on: {"nums": [5, 1, 6, 2, 7, 3, 4]}
def longestRisingPicks(nums):
    out = []
    for i, x in enumerate(nums):
        if not out or x > nums[out[-1]]:
            out.append(i)
    return out
