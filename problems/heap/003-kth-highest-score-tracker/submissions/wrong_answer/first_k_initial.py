# bug: keeps the first k initial scores instead of the k highest of them
# fails on: {"ops": ["ScoreTracker", "add"], "args": [[1, [3, 8]], [5]]}
import heapq


class ScoreTracker:
    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.top = list(scores[:k])
        heapq.heapify(self.top)

    def add(self, score: int) -> Optional[int]:
        if len(self.top) < self.k:
            heapq.heappush(self.top, score)
        elif score > self.top[0]:
            heapq.heapreplace(self.top, score)
        return self.top[0] if len(self.top) == self.k else None
