# bug: the constructor heapifies all initial scores but never trims the heap down to k
# fails on: {"ops": ["ScoreTracker", "add"], "args": [[1, [1, 2]], [0]]}
# origin: independent
import heapq
from typing import List, Optional


class ScoreTracker:
    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.heap = list(scores)
        heapq.heapify(self.heap)

    def add(self, score: int) -> Optional[int]:
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, score)
        elif score > self.heap[0]:
            heapq.heapreplace(self.heap, score)
        if len(self.heap) < self.k:
            return None
        return self.heap[0]
