# bug: processes the bookings in the given order without sorting them by start time
# fails on: {"bookings": [[5, 6], [1, 2]]}
# origin: independent
import heapq
from typing import List


def fewestRooms(bookings: List[List[int]]) -> int:
    ends = []
    for start, end in bookings:
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
