# bug: keeps the free rooms in a queue in the order they were freed, not by smallest number
# fails on: {"rooms": 2, "meetings": [[0, 1], [2, 3]]}
import heapq


def assignRooms(rooms: int, meetings: List[List[int]]) -> List[int]:
    order = sorted(range(len(meetings)), key=lambda i: meetings[i][0])
    free = deque(range(rooms))  # free rooms, in the order they became free
    busy = []  # (end, room)
    answer = [0] * len(meetings)
    for i in order:
        start, end = meetings[i]
        while busy and busy[0][0] <= start:
            free.append(heapq.heappop(busy)[1])
        if free:
            room = free.popleft()
            heapq.heappush(busy, (end, room))
        else:
            freed_at, room = heapq.heappop(busy)
            heapq.heappush(busy, (freed_at + end - start, room))
        answer[i] = room
    return answer
