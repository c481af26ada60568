# bug: pre-fills the heap with k zeros, so negative readings can never get in (fails sample 03-k-equals-n)
# fails on: {"readings": [-1], "k": 1}
# origin: independent
import heapq
from typing import List


def highestReadings(readings: List[int], k: int) -> List[int]:
    heap = [0] * k
    for value in readings:
        if k and value > heap[0]:
            heapq.heapreplace(heap, value)
    return sorted(heap, reverse=True)
