# slow: one sorted Python list, insort to add and delete by bisect position: O(n) moves per call
from bisect import bisect_left, insort


class MedianBoard:
    def __init__(self):
        self.values = []

    def add(self, value: int) -> None:
        insort(self.values, value)

    def remove(self, value: int) -> None:
        del self.values[bisect_left(self.values, value)]

    def median(self) -> float:
        s, n = self.values, len(self.values)
        return float(s[n // 2]) if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
