# slow: O(n log n) per add: keeps every score and sorts the whole list on each add
# origin: independent
from typing import List, Optional


class ScoreTracker:
    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.scores = list(scores)

    def add(self, score: int) -> Optional[int]:
        self.scores.append(score)
        if len(self.scores) < self.k:
            return None
        ranked = sorted(self.scores, reverse=True)
        return ranked[self.k - 1]
