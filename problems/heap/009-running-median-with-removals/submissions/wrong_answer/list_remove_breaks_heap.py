# bug: deletes a value from its heap list with list.remove and never restores the heap order, so later tops are wrong
# fails on: {"ops": ["MedianBoard", "add", "add", "add", "add", "add", "remove", "median", "add"], "args": [[], [0], [-3], [1], [1], [1], [1], [], [-1]]}
import heapq


class MedianBoard:
    def __init__(self):
        self.low = []  # negated
        self.high = []

    def add(self, value: int) -> None:
        if self.low and value <= -self.low[0]:
            heapq.heappush(self.low, -value)
        else:
            heapq.heappush(self.high, value)
        self._balance()

    def remove(self, value: int) -> None:
        if value <= -self.low[0]:
            self.low.remove(-value)
        else:
            self.high.remove(value)
        self._balance()

    def _balance(self):
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.low) < len(self.high):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
