# bug: decides whether k scores exist before recording the new one, so the k-th add says None
# fails on: {"ops": ["ScoreTracker", "add"], "args": [[1, []], [4]]}
import heapq


class ScoreTracker:
    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.top = heapq.nlargest(k, scores)
        heapq.heapify(self.top)

    def add(self, score: int) -> Optional[int]:
        full = len(self.top) == self.k
        if not full:
            heapq.heappush(self.top, score)
        elif score > self.top[0]:
            heapq.heapreplace(self.top, score)
        return self.top[0] if full else None
