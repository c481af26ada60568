# bug: sorts the bookings by end time instead of start time before reusing rooms
# fails on: {"bookings": [[0, 2], [2, 3], [0, 1], [1, 3]]}
# origin: independent
import heapq
from typing import List


def fewestRooms(bookings: List[List[int]]) -> int:
    ends = []
    for start, end in sorted(bookings, key=lambda b: b[1]):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
