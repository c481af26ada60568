# slow: O(n log n) per median and O(n) per remove: keeps an unsorted list and sorts it on every median
# origin: independent
class MedianBoard:
    def __init__(self):
        self.values = []

    def add(self, value: int) -> None:
        self.values.append(value)

    def remove(self, value: int) -> None:
        self.values.remove(value)

    def median(self) -> float:
        ordered = sorted(self.values)
        n = len(ordered)
        if n % 2 == 1:
            return float(ordered[n // 2])
        return (ordered[n // 2 - 1] + ordered[n // 2]) / 2
