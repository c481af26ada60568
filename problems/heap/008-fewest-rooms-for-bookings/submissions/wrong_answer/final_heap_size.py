# bug: pops every finished booking and returns the heap size at the end instead of the largest size seen
# fails on: {"bookings": [[1, 3], [2, 4], [5, 6]]}
# origin: independent
import heapq
from typing import List


def fewestRooms(bookings: List[List[int]]) -> int:
    ends = []
    for start, end in sorted(bookings):
        while ends and ends[0] <= start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
    return len(ends)
