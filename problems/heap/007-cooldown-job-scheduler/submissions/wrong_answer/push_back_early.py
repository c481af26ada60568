# bug: pushes a kind back into the heap right after running it, so the same kind can run again inside one cooldown round (fails samples 01-one-busy-kind and 03-idle-wait)
# fails on: {"jobs": [1, 1], "gap": 1}
# origin: independent
import heapq
from collections import Counter
from typing import List


def fewestSlots(jobs: List[int], gap: int) -> int:
    heap = [-count for count in Counter(jobs).values()]
    heapq.heapify(heap)
    slots = 0
    while heap:
        ran = 0
        for _ in range(gap + 1):
            if not heap:
                break
            left = heapq.heappop(heap) + 1
            ran += 1
            if left < 0:
                heapq.heappush(heap, left)
        if heap:
            slots += gap + 1
        else:
            slots += ran
    return slots
