# bug: the largest count is never lowered after a remove
# fails on: {"ops": ["FrequencyLedger", "add", "remove", "maxFrequency"], "args": [[], [1], [1], []]}
class FrequencyLedger:
    def __init__(self):
        self.count = {}
        self.holders = {}
        self.top = 0

    def _move(self, old, new):
        if old:
            self.holders[old] -= 1
            if self.holders[old] == 0:
                del self.holders[old]
        if new:
            self.holders[new] = self.holders.get(new, 0) + 1

    def add(self, x):
        old = self.count.get(x, 0)
        self.count[x] = old + 1
        self._move(old, old + 1)
        self.top = max(self.top, old + 1)

    def remove(self, x):
        old = self.count.get(x, 0)
        if old == 0:
            return
        self.count[x] = old - 1
        self._move(old, old - 1)

    def hasFrequency(self, f):
        return f in self.holders

    def maxFrequency(self):
        return self.top
