# bug: counts every round as gap + 1 slots, including the last round, which needs only as many slots as jobs it runs (fails samples 01-one-busy-kind and 03-idle-wait)
# fails on: {"jobs": [1, 2], "gap": 2}
# origin: independent
import heapq
from collections import Counter
from typing import List


def fewestSlots(jobs: List[int], gap: int) -> int:
    heap = [-count for count in Counter(jobs).values()]
    heapq.heapify(heap)
    slots = 0
    while heap:
        ran = []
        for _ in range(gap + 1):
            if not heap:
                break
            ran.append(heapq.heappop(heap) + 1)
        for left in ran:
            if left < 0:
                heapq.heappush(heap, left)
        slots += gap + 1
    return slots
