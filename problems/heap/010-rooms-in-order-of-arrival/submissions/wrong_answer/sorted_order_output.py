# bug: appends the rooms in order of start time, not at each meeting's position in the input (fails sample 02-smallest-free)
# fails on: {"rooms": 2, "meetings": [[5, 6], [1, 9]]}
# origin: independent
import heapq
from typing import List


def assignRooms(rooms: int, meetings: List[List[int]]) -> List[int]:
    free = list(range(rooms))
    busy = []
    result = []
    for start, end in sorted(meetings):
        while busy and busy[0][0] <= start:
            _, room = heapq.heappop(busy)
            heapq.heappush(free, room)
        if free:
            room = heapq.heappop(free)
            heapq.heappush(busy, (end, room))
        else:
            free_at, room = heapq.heappop(busy)
            heapq.heappush(busy, (free_at + end - start, room))
        result.append(room)
    return result
