# bug: answers hasFrequency(f) with f <= maxFrequency, assuming every frequency up to the maximum is held by some value
# fails on: {"ops": ["FrequencyLedger", "add", "add", "hasFrequency"], "args": [[], [1], [1], [1]]}
# origin: independent
class FrequencyLedger:
    def __init__(self):
        self.count = {}
        self.values_with_freq = {}
        self.max_freq = 0

    def add(self, x: int) -> None:
        c = self.count.get(x, 0)
        self.count[x] = c + 1
        if c:
            self.values_with_freq[c] -= 1
        self.values_with_freq[c + 1] = self.values_with_freq.get(c + 1, 0) + 1
        self.max_freq = max(self.max_freq, c + 1)

    def remove(self, x: int) -> None:
        c = self.count.get(x, 0)
        if c == 0:
            return
        self.count[x] = c - 1
        self.values_with_freq[c] -= 1
        if c > 1:
            self.values_with_freq[c - 1] = self.values_with_freq.get(c - 1, 0) + 1
        if c == self.max_freq and self.values_with_freq[c] == 0:
            self.max_freq = c - 1

    def hasFrequency(self, f: int) -> bool:
        return 1 <= f <= self.max_freq

    def maxFrequency(self) -> int:
        return self.max_freq
