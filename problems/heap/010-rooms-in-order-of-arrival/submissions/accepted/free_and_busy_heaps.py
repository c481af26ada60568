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
            heapq.heappush(busy, (end, room))
        else:
            free_at, room = heapq.heappop(busy)
            heapq.heappush(busy, (free_at + end - start, room))
        result[i] = room
    return result
