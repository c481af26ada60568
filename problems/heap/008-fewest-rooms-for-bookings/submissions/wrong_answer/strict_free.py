# bug: a room counts as free only if its booking ended strictly before the start (< instead of <=) (fails samples 01-three-at-once and 02-touching)
# fails on: {"bookings": [[1, 2], [2, 3]]}
# origin: independent
import heapq
from typing import List


def fewestRooms(bookings: List[List[int]]) -> int:
    ends = []
    for start, end in sorted(bookings):
        if ends and ends[0] < start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
