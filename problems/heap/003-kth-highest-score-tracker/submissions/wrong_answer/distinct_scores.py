# bug: keeps the scores in a set, so equal scores count only once
# fails on: {"ops": ["ScoreTracker", "add"], "args": [[2, [9]], [9]]}
class ScoreTracker:
    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.seen = set(scores)

    def add(self, score: int) -> Optional[int]:
        self.seen.add(score)
        if len(self.seen) < self.k:
            return None
        return sorted(self.seen, reverse=True)[self.k - 1]
