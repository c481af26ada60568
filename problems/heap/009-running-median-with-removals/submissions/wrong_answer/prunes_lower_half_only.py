# bug: lazy deletion prunes only the lower half, so a removed value can stay at the top of the upper half and be read as the median
# fails on: {"ops": ["MedianBoard", "add", "add", "remove", "add", "median"], "args": [[], [-3], [-2], [-2], [-1], []]}
import heapq
from collections import defaultdict


class MedianBoard:
    def __init__(self) -> None:
        self._low: list[int] = []  # negated values: the smaller half
        self._high: list[int] = []  # the larger half
        self._nlow = 0  # live values in low
        self._nhigh = 0  # live values in high
        self._dead: defaultdict[int, int] = defaultdict(int)

    def add(self, value: int) -> None:
        if self._low and value <= -self._low[0]:
            heapq.heappush(self._low, -value)
            self._nlow += 1
        else:
            heapq.heappush(self._high, value)
            self._nhigh += 1
        self._balance()

    def remove(self, value: int) -> None:
        self._dead[value] += 1
        if value <= -self._low[0]:
            self._nlow -= 1
        else:
            self._nhigh -= 1
        self._balance()

    def median(self) -> float:
        if self._nlow > self._nhigh:
            return float(-self._low[0])
        return (-self._low[0] + self._high[0]) / 2

    def _prune(self) -> None:
        dead, low, high = self._dead, self._low, self._high
        while low and dead[-low[0]]:
            dead[-heapq.heappop(low)] -= 1

    def _balance(self) -> None:
        self._prune()
        if self._nlow > self._nhigh + 1:
            heapq.heappush(self._high, -heapq.heappop(self._low))
            self._nlow -= 1
            self._nhigh += 1
        elif self._nlow < self._nhigh:
            heapq.heappush(self._low, -heapq.heappop(self._high))
            self._nhigh -= 1
            self._nlow += 1
        self._prune()
