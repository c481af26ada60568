# slow: O(d) per query: hasFrequency and maxFrequency scan the counts of every held value
# origin: independent
class FrequencyLedger:
    def __init__(self):
        self.count = {}

    def add(self, x: int) -> None:
        self.count[x] = self.count.get(x, 0) + 1

    def remove(self, x: int) -> None:
        if x in self.count:
            self.count[x] -= 1
            if self.count[x] == 0:
                del self.count[x]

    def hasFrequency(self, f: int) -> bool:
        return f in self.count.values()

    def maxFrequency(self) -> int:
        return max(self.count.values(), default=0)
