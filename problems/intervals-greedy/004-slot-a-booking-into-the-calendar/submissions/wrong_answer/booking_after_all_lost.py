# bug: the booking is only placed when a later block is met (plus an empty-calendar special case), so a booking after every block is dropped
# fails on: {"calendar": [[1, 2]], "booking": [4, 5]}
# origin: independent
from typing import List


def addBooking(calendar: List[List[int]], booking: List[int]) -> List[List[int]]:
    if not calendar:
        return [list(booking)]
    start, end = booking
    result = []
    placed = False
    for block in calendar:
        if block[1] < start:
            result.append(list(block))
        elif block[0] > end:
            if not placed:
                result.append([start, end])
                placed = True
            result.append(list(block))
        else:
            start = min(start, block[0])
            end = max(end, block[1])
    return result
