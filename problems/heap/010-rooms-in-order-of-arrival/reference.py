"""Two heaps: free rooms by number, busy rooms by (end time, number).

Meetings are handled in order of start time. Before a meeting at time s is placed, every
busy room whose meeting ends by s is released into the free heap. If a room is free, the
meeting takes the smallest number. Otherwise it waits for the root of the busy heap, the
room that frees first (smallest number on a tie, by the tuple order), and runs from that
moment for its original length: that room's new end is its old end plus the length.

Time O(m log m + m log r) for m meetings and r rooms; extra space O(m + r).
"""

import heapq


def assignRooms(rooms: int, meetings: list[list[int]]) -> list[int]:
    order = sorted(range(len(meetings)), key=lambda i: meetings[i][0])
    free = list(range(rooms))  # increasing, so already a heap
    busy: list[tuple[int, int]] = []  # (end, room)
    answer = [0] * len(meetings)
    for i in order:
        start, end = meetings[i]
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            room = heapq.heappop(free)
            heapq.heappush(busy, (end, room))
        else:
            freed_at, room = busy[0]
            heapq.heapreplace(busy, (freed_at + end - start, room))
        answer[i] = room
    return answer
