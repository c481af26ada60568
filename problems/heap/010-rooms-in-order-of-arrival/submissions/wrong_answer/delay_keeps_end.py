# bug: a delayed meeting is recorded as ending at its original end instead of being shifted by the wait (fails sample 01-delays)
# fails on: {"rooms": 2, "meetings": [[3, 8], [2, 7], [1, 5], [8, 9]]}
# origin: independent
import heapq
from typing import List


def assignRooms(rooms: int, meetings: List[List[int]]) -> List[int]:
    order = sorted(range(len(meetings)), key=lambda i: meetings[i][0])
    free = list(range(rooms))
    busy = []
    result = [0] * len(meetings)
    for i in order:
        start, end = meetings[i]
        while busy and busy[0][0] <= start:
            _, room = heapq.heappop(busy)
            heapq.heappush(free, room)
        if free:
            room = heapq.heappop(free)
        else:
            _, room = heapq.heappop(busy)
        heapq.heappush(busy, (end, room))
        result[i] = room
    return result
