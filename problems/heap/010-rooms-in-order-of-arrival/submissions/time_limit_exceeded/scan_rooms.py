# slow: O(m r): scans every room for every meeting to find a free one or the earliest to free up
# origin: independent
from typing import List


def assignRooms(rooms: int, meetings: List[List[int]]) -> List[int]:
    free_at = [0] * rooms
    result = [0] * len(meetings)
    for i in sorted(range(len(meetings)), key=lambda i: meetings[i][0]):
        start, end = meetings[i]
        chosen = -1
        for r in range(rooms):
            if free_at[r] <= start:
                chosen = r
                break
        if chosen == -1:
            chosen = 0
            for r in range(1, rooms):
                if free_at[r] < free_at[chosen]:
                    chosen = r
            free_at[chosen] += end - start
        else:
            free_at[chosen] = end
        result[i] = chosen
    return result
