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
        if heap:
            slots += gap + 1
        else:
            slots += len(ran)
    return slots
