class FrequencyLedger:
    def __init__(self):
        self.count = {}
        self.holders = {}
        self.top = 0

    def add(self, x):
        old = self.count.get(x, 0)
        self.count[x] = old + 1
        if old:
            self.holders[old] -= 1  # bug: a tally of zero stays in the map
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
        return f in self.holders  # bug: true for counts whose tally dropped to zero

    def maxFrequency(self):
        return self.top
