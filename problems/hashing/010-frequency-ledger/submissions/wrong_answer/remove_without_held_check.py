# bug: remove does not check that the value is held, so removing an absent value drives its count to -1 and a later add is lost
# fails on: {"ops": ["FrequencyLedger", "remove", "add", "hasFrequency"], "args": [[], [4], [4], [1]]}
# origin: independent
from collections import defaultdict


class FrequencyLedger:
    def __init__(self):
        self.count = defaultdict(int)
        self.values_with_freq = defaultdict(int)
        self.max_freq = 0

    def add(self, x: int) -> None:
        c = self.count[x]
        self.count[x] = c + 1
        self.values_with_freq[c] -= 1
        self.values_with_freq[c + 1] += 1
        self.max_freq = max(self.max_freq, c + 1)

    def remove(self, x: int) -> None:
        c = self.count[x]
        self.count[x] = c - 1
        self.values_with_freq[c] -= 1
        self.values_with_freq[c - 1] += 1
        if c == self.max_freq and self.values_with_freq[c] == 0:
            self.max_freq = max(c - 1, 0)

    def hasFrequency(self, f: int) -> bool:
        return self.values_with_freq[f] > 0

    def maxFrequency(self) -> int:
        return self.max_freq
