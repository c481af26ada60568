# bug: on remove, lowers the maximum whenever the removed value was at the maximum, even if another value still holds that frequency (fails sample 2)
# fails on: {"ops": ["FrequencyLedger", "add", "add", "remove", "maxFrequency"], "args": [[], [1], [2], [1], []]}
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
        if c == self.max_freq:
            self.max_freq -= 1

    def hasFrequency(self, f: int) -> bool:
        return self.values_with_freq.get(f, 0) > 0

    def maxFrequency(self) -> int:
        return self.max_freq
