"""Running totals with a count map. Time O(n), extra space O(n).

The stretch nums[i..j] sums to total(j) - total(i - 1), where total(-1) = 0 is the empty
prefix. For each end j we add how many earlier running totals equal total(j) - k, then
record total(j) itself.
"""


def countTargetSumStretches(nums: list[int], k: int) -> int:
    seen: dict[int, int] = {0: 1}  # the empty prefix
    running = 0
    found = 0
    for value in nums:
        running += value
        found += seen.get(running - k, 0)
        seen[running] = seen.get(running, 0) + 1
    return found
