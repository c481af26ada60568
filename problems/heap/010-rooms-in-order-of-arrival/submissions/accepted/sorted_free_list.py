from bisect import insort


def assignRooms(rooms: int, meetings: List[List[int]]) -> List[int]:
    """Busy rooms in a heap of (end, room); free rooms in a plain list of negated numbers
    kept sorted, so the smallest free room is at the end (pop() is O(1)) and a released
    room is put back in place by bisect."""
    free = [-r for r in range(rooms - 1, -1, -1)]
    busy = []
    answer = [0] * len(meetings)
    for i in sorted(range(len(meetings)), key=lambda i: meetings[i][0]):
        start, end = meetings[i]
        while busy and busy[0][0] <= start:
            insort(free, -heapq.heappop(busy)[1])
        if free:
            room = -free.pop()
            heapq.heappush(busy, (end, room))
        else:
            freed_at, room = busy[0]
            heapq.heapreplace(busy, (freed_at + end - start, room))
        answer[i] = room
    return answer
