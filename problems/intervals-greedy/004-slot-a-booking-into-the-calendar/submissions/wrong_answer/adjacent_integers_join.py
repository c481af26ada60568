# bug: treats blocks one apart as touching (end + 1 >= start), joining [1, 2] and [3, 4] although the moment between 2 and 3 is free
# fails on: {"calendar": [[1, 2]], "booking": [3, 4]}
# origin: independent
from typing import List


def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    start, end = booking
    result = []
    i, n = 0, len(calendar)
    while i < n and calendar[i][1] + 1 < start:
        result.append(list(calendar[i]))
        i += 1
    while i < n and calendar[i][0] <= end + 1:
        start = min(start, calendar[i][0])
        end = max(end, calendar[i][1])
        i += 1
    result.append([start, end])
    result.extend(list(b) for b in calendar[i:])
    return result
