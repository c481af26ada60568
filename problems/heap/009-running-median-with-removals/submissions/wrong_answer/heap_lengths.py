# bug: balances the halves with len() of the heaps, which still hold lazily removed values, instead of live counts
# fails on: {"ops": ["MedianBoard", "add", "add", "add", "remove", "median"], "args": [[], [1], [2], [3], [1], []]}
# origin: independent
import heapq
from collections import defaultdict


class MedianBoard:
    def __init__(self):
        self.low = []
        self.high = []
        self.low_gone = defaultdict(int)
        self.high_gone = defaultdict(int)

    def _clean(self):
        while self.low and self.low_gone[-self.low[0]]:
            self.low_gone[-self.low[0]] -= 1
            heapq.heappop(self.low)
        while self.high and self.high_gone[self.high[0]]:
            self.high_gone[self.high[0]] -= 1
            heapq.heappop(self.high)

    def _balance(self):
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))
        self._clean()

    def add(self, value: int) -> None:
        if not self.low or value <= -self.low[0]:
            heapq.heappush(self.low, -value)
        else:
            heapq.heappush(self.high, value)
        self._balance()

    def remove(self, value: int) -> None:
        if value <= -self.low[0]:
            self.low_gone[value] += 1
        else:
            self.high_gone[value] += 1
        self._clean()
        self._balance()

    def median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
