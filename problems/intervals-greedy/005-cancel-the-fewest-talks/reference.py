"""Interval scheduling: keep the talk that ends first, cancel whatever clashes with it.

Sorted by end, a talk can be kept when it starts at or after the end of the last kept talk
(half-open times: touching is fine). Keeping the earliest-ending compatible talk is never
worse than any other choice (exchange argument), so the kept count is the maximum and the
cancellations are the rest.

Time O(n log n); extra space O(n) for the sorted order.
"""


def fewestCancellations(talks: list[list[int]]) -> int:
    kept = 0
    last_end = None
    for start, end in sorted(talks, key=lambda t: t[1]):
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    return len(talks) - kept
