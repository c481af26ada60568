# bug: remove picks the lower half only when value < its top (should be <=), so removing the top of the lower half books it against the upper half
# fails on: {"ops": ["MedianBoard", "add", "add", "remove", "median"], "args": [[], [1], [2], [1], []]}
# origin: independent
import heapq
from collections import defaultdict


class MedianBoard:
    def __init__(self):
        self.low = []
        self.high = []
        self.low_gone = defaultdict(int)
        self.high_gone = defaultdict(int)
        self.low_size = 0
        self.high_size = 0

    def _clean(self):
        while self.low and self.low_gone[-self.low[0]]:
            self.low_gone[-self.low[0]] -= 1
            heapq.heappop(self.low)
        while self.high and self.high_gone[self.high[0]]:
            self.high_gone[self.high[0]] -= 1
            heapq.heappop(self.high)

    def _balance(self):
        if self.low_size > self.high_size + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
            self.low_size -= 1
            self.high_size += 1
        elif self.high_size > self.low_size:
            heapq.heappush(self.low, -heapq.heappop(self.high))
            self.high_size -= 1
            self.low_size += 1
        self._clean()

    def add(self, value: int) -> None:
        if self.low_size == 0 or value <= -self.low[0]:
            heapq.heappush(self.low, -value)
            self.low_size += 1
        else:
            heapq.heappush(self.high, value)
            self.high_size += 1
        self._balance()

    def remove(self, value: int) -> None:
        if value < -self.low[0]:
            self.low_gone[value] += 1
            self.low_size -= 1
        else:
            self.high_gone[value] += 1
            self.high_size -= 1
        self._clean()
        self._balance()

    def median(self) -> float:
        if self.low_size > self.high_size:
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
