import heapq


class ScoreTracker:
    """Start from heapq.nlargest of the initial scores; every add is a heappushpop once
    the heap is full, which keeps its size at k."""

    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.heap = heapq.nlargest(k, scores)
        heapq.heapify(self.heap)

    def add(self, score: int) -> Optional[int]:
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, score)
        else:
            heapq.heappushpop(self.heap, score)
        if len(self.heap) < self.k:
            return None
        return self.heap[0]
