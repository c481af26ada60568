"""Last-seen position map.

For each position j, the only earlier copy of nums[j] worth checking is the most recent
one: it is the closest. Look it up, then overwrite it with j.

Time O(n) expected, extra space O(n) for the map.
"""


def repeatWithinReach(nums: list[int], k: int) -> bool:
    last_seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        i = last_seen.get(value)
        if i is not None and j - i <= k:
            return True
        last_seen[value] = j
    return False
