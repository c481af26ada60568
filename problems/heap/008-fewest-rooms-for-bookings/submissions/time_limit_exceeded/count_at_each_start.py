# slow: O(n^2): for every booking counts all bookings in progress at its start
# origin: independent
from typing import List


def fewestRooms(bookings: List[List[int]]) -> int:
    best = 0
    for start, _ in bookings:
        busy = 0
        for s, e in bookings:
            if s <= start < e:
                busy += 1
        best = max(best, busy)
    return best
