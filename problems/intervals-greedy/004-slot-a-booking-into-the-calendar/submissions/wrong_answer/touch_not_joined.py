# bug: uses block_end <= start to put a block before the booking, so a block sharing only its last moment with the booking is not joined (fails sample 1)
# fails on: {"calendar": [[4, 5]], "booking": [5, 9]}
# origin: independent
from typing import List


def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    start, end = booking
    result = []
    i, n = 0, len(calendar)
    while i < n and calendar[i][1] <= start:
        result.append(list(calendar[i]))
        i += 1
    while i < n and calendar[i][0] <= end:
        start = min(start, calendar[i][0])
        end = max(end, calendar[i][1])
        i += 1
    result.append([start, end])
    result.extend(list(b) for b in calendar[i:])
    return result
