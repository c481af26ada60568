"""Sweep the bookings by start time with a min-heap of the end times of busy rooms.

The heap's root is the room that frees first. If it is free by the time the next booking
starts (end <= start: touching bookings may share a room), the booking takes it over;
otherwise every room is busy and a new one is opened. The heap never shrinks, and its
final size is the number of rooms opened, which equals the largest number of bookings
that overlap at one moment.

Time O(n log n); extra space O(n).
"""

import heapq


def fewestRooms(bookings: list[list[int]]) -> int:
    ends: list[int] = []
    for start, end in sorted(bookings):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
