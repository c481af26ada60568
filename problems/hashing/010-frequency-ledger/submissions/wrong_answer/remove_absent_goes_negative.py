# bug: removing a value that is not held drives its count below zero, so a later add of that value does not make it held once
# fails on: {"ops": ["FrequencyLedger", "remove", "add", "hasFrequency"], "args": [[], [6], [6], [1]]}
class FrequencyLedger:
    def __init__(self):
        self.count = {}
        self.holders = {}
        self.top = 0

    def _move(self, old, new):
        if old > 0:
            self.holders[old] -= 1
            if self.holders[old] == 0:
                del self.holders[old]
        if new > 0:
            self.holders[new] = self.holders.get(new, 0) + 1

    def add(self, x):
        old = self.count.get(x, 0)
        self.count[x] = old + 1
        self._move(old, old + 1)
        self.top = max(self.top, old + 1)

    def remove(self, x):
        old = self.count.get(x, 0)
        self.count[x] = old - 1
        self._move(old, old - 1)
        if old == self.top and old not in self.holders:
            self.top = old - 1

    def hasFrequency(self, f):
        return f in self.holders

    def maxFrequency(self):
        return self.top
