# origin: independent
from typing import List


def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    start, end = booking
    result = []
    i, n = 0, len(calendar)
    while i < n and calendar[i][1] < start:
        result.append(list(calendar[i]))
        i += 1
    while i < n and calendar[i][0] <= end:
        start = min(start, calendar[i][0])
        end = max(end, calendar[i][1])
        i += 1
    result.append([start, end])
    while i < n:
        result.append(list(calendar[i]))
        i += 1
    return result
