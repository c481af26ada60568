class FrequencyLedger:
    def __init__(self):
        self.count = {}

    def add(self, x):
        self.count[x] = self.count.get(x, 0) + 1

    def remove(self, x):
        if x in self.count:
            self.count[x] -= 1
            if self.count[x] == 0:
                del self.count[x]

    def hasFrequency(self, f):
        return f in self.count.values()  # O(d): looks at every held value

    def maxFrequency(self):
        return max(self.count.values(), default=0)  # O(d) as well
