"""Complement lookup in a value -> position map.

For each position j, the partner it needs is target - nums[j]. Look it up among the
positions already passed before storing nums[j], so a value never pairs with itself.

Time O(n) expected, extra space O(n).
"""


def findTargetPair(nums: list[int], target: int) -> list[int]:
    position: dict[int, int] = {}
    for j, value in enumerate(nums):
        i = position.get(target - value)
        if i is not None:
            return [i, j]
        position[value] = j
    return []  # unreachable: every test has exactly one pair
