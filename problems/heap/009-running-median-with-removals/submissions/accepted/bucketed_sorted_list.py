from bisect import bisect_left, bisect_right, insort
from itertools import accumulate


class MedianBoard:
    """A sorted list cut into buckets of at most 2 * LOAD values: adding or removing moves
    O(LOAD) items inside one bucket, and the median is found by the running bucket sizes.
    O(sqrt n)-ish per call, which is fast in CPython because the moves are memmoves."""

    LOAD = 2000

    def __init__(self):
        self.buckets = []  # sorted lists, each non-empty, in order
        self.maxes = []  # the last value of each bucket
        self.size = 0

    def add(self, value: int) -> None:
        self.size += 1
        if not self.buckets:
            self.buckets.append([value])
            self.maxes.append(value)
            return
        i = min(bisect_left(self.maxes, value), len(self.buckets) - 1)
        bucket = self.buckets[i]
        insort(bucket, value)
        self.maxes[i] = bucket[-1]
        if len(bucket) > 2 * self.LOAD:
            half = bucket[self.LOAD :]
            del bucket[self.LOAD :]
            self.buckets.insert(i + 1, half)
            self.maxes[i] = bucket[-1]
            self.maxes.insert(i + 1, half[-1])

    def remove(self, value: int) -> None:
        self.size -= 1
        i = bisect_left(self.maxes, value)
        bucket = self.buckets[i]
        del bucket[bisect_left(bucket, value)]
        if bucket:
            self.maxes[i] = bucket[-1]
        else:
            del self.buckets[i]
            del self.maxes[i]

    def _at(self, k: int, ends: list) -> int:
        i = bisect_right(ends, k)
        return self.buckets[i][k - (ends[i - 1] if i else 0)]

    def median(self) -> float:
        ends = list(accumulate(map(len, self.buckets)))
        n = self.size
        if n % 2:
            return float(self._at(n // 2, ends))
        return (self._at(n // 2 - 1, ends) + self._at(n // 2, ends)) / 2
