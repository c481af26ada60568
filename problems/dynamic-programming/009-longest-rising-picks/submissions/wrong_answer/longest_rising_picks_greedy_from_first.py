# bug: greedy, starts at the first number and takes every number larger than the last one taken (fails sample 1)
# fails on: {"nums": [5, 1, 2]}
# origin: independent
def longestRisingPicks(nums: List[int]) -> List[int]:
    picks = []
    for i, x in enumerate(nums):
        if not picks or x > nums[picks[-1]]:
            picks.append(i)
    return picks
