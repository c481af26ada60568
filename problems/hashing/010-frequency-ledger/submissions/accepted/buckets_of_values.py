class FrequencyLedger:
    """Keeps, for every count, the set of values with exactly that count."""

    def __init__(self):
        self.count = defaultdict(int)
        self.bucket = defaultdict(set)
        self.top = 0

    def add(self, x: int) -> None:
        c = self.count[x]
        if c:
            self.bucket[c].discard(x)
        self.count[x] = c + 1
        self.bucket[c + 1].add(x)
        self.top = max(self.top, c + 1)

    def remove(self, x: int) -> None:
        c = self.count.get(x, 0)
        if c == 0:
            return
        self.bucket[c].discard(x)
        self.count[x] = c - 1
        if c > 1:
            self.bucket[c - 1].add(x)
        while self.top and not self.bucket[self.top]:
            self.top -= 1

    def hasFrequency(self, f: int) -> bool:
        return bool(self.bucket.get(f))

    def maxFrequency(self) -> int:
        return self.top
