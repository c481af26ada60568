# origin: independent
class FrequencyLedger:
    def __init__(self):
        self.count = {}
        self.values_with_freq = {}
        self.max_freq = 0

    def _shift(self, old, new):
        if old > 0:
            left = self.values_with_freq[old] - 1
            if left:
                self.values_with_freq[old] = left
            else:
                del self.values_with_freq[old]
        if new > 0:
            self.values_with_freq[new] = self.values_with_freq.get(new, 0) + 1

    def add(self, x: int) -> None:
        c = self.count.get(x, 0)
        self.count[x] = c + 1
        self._shift(c, c + 1)
        if c + 1 > self.max_freq:
            self.max_freq = c + 1

    def remove(self, x: int) -> None:
        c = self.count.get(x, 0)
        if c == 0:
            return
        if c == 1:
            del self.count[x]
        else:
            self.count[x] = c - 1
        self._shift(c, c - 1)
        if c == self.max_freq and c not in self.values_with_freq:
            self.max_freq = c - 1

    def hasFrequency(self, f: int) -> bool:
        return f in self.values_with_freq

    def maxFrequency(self) -> int:
        return self.max_freq
