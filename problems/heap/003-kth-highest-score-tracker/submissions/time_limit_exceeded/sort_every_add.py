# slow: keeps every score and sorts them all on every add, O(n log n) per add
class ScoreTracker:
    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.scores = list(scores)

    def add(self, score: int) -> Optional[int]:
        self.scores.append(score)
        if len(self.scores) < self.k:
            return None
        self.scores.sort(reverse=True)
        return self.scores[self.k - 1]
