# bug: breaks ties in the busy heap by booking order instead of room number, so rooms freeing together are taken in the wrong order
# fails on: {"rooms": 2, "meetings": [[1, 8], [4, 13], [2, 8], [0, 2]]}
import heapq
from itertools import count


def assignRooms(rooms: int, meetings: List[List[int]]) -> List[int]:
    order = sorted(range(len(meetings)), key=lambda i: meetings[i][0])
    free = list(range(rooms))
    busy = []  # (end, arrival, room): the counter keeps tuples from comparing rooms
    seq = count()
    answer = [0] * len(meetings)
    for i in order:
        start, end = meetings[i]
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[2])
        if free:
            room = heapq.heappop(free)
            heapq.heappush(busy, (end, next(seq), room))
        else:
            freed_at, _, room = heapq.heappop(busy)
            heapq.heappush(busy, (freed_at + end - start, next(seq), room))
        answer[i] = room
    return answer
