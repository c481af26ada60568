"""Stab the intervals greedily: visit on the closing day of the window that closes first.

Sorted by closing day, the window that closes first needs a visit no later than its last
day, and that day covers every window already open; no earlier day covers more of the
rest. Sweep: a window that opens after the last visit needs a new visit on its own closing
day; otherwise the last visit (which is at most its closing day) already covers it.

Time O(n log n); extra space O(n) for the sorted order.
"""


def fewestVisits(windows: list[list[int]]) -> int:
    visits = 0
    last_visit = None
    for first, last in sorted(windows, key=lambda w: w[1]):
        if last_visit is None or first > last_visit:
            visits += 1
            last_visit = last
    return visits
