"""Count with a hash map, group the distinct values by count, rank group by group.

Groups are visited from the highest count down, and each group is sorted by value, which
is exactly the required ranking (higher count first, then smaller value). Only the groups
needed to collect k values are sorted.

Time O(n + d log d) for n values of which d are distinct; extra space O(d).
"""

from collections import Counter


def mostCommonValues(nums: list[int], k: int) -> list[int]:
    by_count: dict[int, list[int]] = {}
    for value, count in Counter(nums).items():
        by_count.setdefault(count, []).append(value)
    ranked: list[int] = []
    for count in sorted(by_count, reverse=True):
        group = sorted(by_count[count])
        ranked.extend(group[: k - len(ranked)])
        if len(ranked) == k:
            break
    return ranked
