"""A min-heap that holds the k highest scores recorded so far.

Its root is the k-th highest score. A new score that does not beat the root cannot
change the top k; one that does replaces the root. Until k scores have been recorded the
heap simply takes everything, and there is no k-th highest yet.

Time O(m log m) for the m initial scores, then O(log k) per add; extra space O(k).
"""

import heapq


class ScoreTracker:
    def __init__(self, k: int, scores: list[int]) -> None:
        self._k = k
        top = list(scores)
        heapq.heapify(top)
        while len(top) > k:
            heapq.heappop(top)
        self._top = top

    def add(self, score: int) -> int | None:
        top = self._top
        if len(top) < self._k:
            heapq.heappush(top, score)
        elif score > top[0]:
            heapq.heapreplace(top, score)
        return top[0] if len(top) == self._k else None
