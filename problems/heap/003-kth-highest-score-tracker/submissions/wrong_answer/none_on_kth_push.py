# bug: returns None right after a push while the heap was short, even when that push makes it reach k scores (fails sample 02-fewer-than-k)
# fails on: {"ops": ["ScoreTracker", "add"], "args": [[1, []], [4]]}
# origin: independent
import heapq
from typing import List, Optional


class ScoreTracker:
    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.heap = list(scores)
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, score: int) -> Optional[int]:
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, score)
            return None
        if score > self.heap[0]:
            heapq.heapreplace(self.heap, score)
        return self.heap[0]
