# origin: independent
import heapq
from typing import List


def fewestRooms(bookings: List[List[int]]) -> int:
    ends = []
    for start, end in sorted(bookings):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
