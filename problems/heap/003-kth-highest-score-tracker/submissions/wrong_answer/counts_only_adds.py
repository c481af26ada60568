# bug: decides "fewer than k scores" from the number of add calls only, ignoring the initial scores (fails sample 01-initial-scores)
# fails on: {"ops": ["ScoreTracker", "add"], "args": [[2, [5]], [3]]}
# origin: independent
import heapq
from typing import List, Optional


class ScoreTracker:
    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.added = 0
        self.heap = list(scores)
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, score: int) -> Optional[int]:
        self.added += 1
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, score)
        elif score > self.heap[0]:
            heapq.heapreplace(self.heap, score)
        if self.added < self.k:
            return None
        return self.heap[0]
