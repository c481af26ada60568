# bug: a count whose tally drops to zero stays in the map, so hasFrequency still reports it
# fails on: {"ops": ["FrequencyLedger", "add", "add", "hasFrequency"], "args": [[], [3], [3], [1]]}
class FrequencyLedger:
    def __init__(self):
        self.count = {}
        self.holders = {}
        self.top = 0

    def add(self, x):
        old = self.count.get(x, 0)
        self.count[x] = old + 1
        if old:
            self.holders[old] -= 1
        self.holders[old + 1] = self.holders.get(old + 1, 0) + 1
        self.top = max(self.top, old + 1)

    def remove(self, x):
        old = self.count.get(x, 0)
        if old == 0:
            return
        self.count[x] = old - 1
        self.holders[old] -= 1
        if old > 1:
            self.holders[old - 1] = self.holders.get(old - 1, 0) + 1
        if old == self.top and self.holders[old] == 0:
            self.top = old - 1

    def hasFrequency(self, f):
        return f in self.holders

    def maxFrequency(self):
        return self.top
