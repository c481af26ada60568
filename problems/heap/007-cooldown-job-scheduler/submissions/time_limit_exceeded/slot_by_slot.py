# slow: O(answer * log d): simulates the schedule one slot at a time, idle slots included
# origin: independent
import heapq
from collections import Counter, deque
from typing import List


def fewestSlots(jobs: List[int], gap: int) -> int:
    ready = [(-count, kind) for kind, count in Counter(jobs).items()]
    heapq.heapify(ready)
    cooling = deque()
    done = 0
    time = 0
    while done < len(jobs):
        while cooling and cooling[0][0] <= time:
            _, left, kind = cooling.popleft()
            heapq.heappush(ready, (left, kind))
        if ready:
            left, kind = heapq.heappop(ready)
            done += 1
            if left + 1 < 0:
                cooling.append((time + gap + 1, left + 1, kind))
        time += 1
    return time
