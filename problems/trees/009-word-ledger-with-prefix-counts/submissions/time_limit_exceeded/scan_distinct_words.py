# slow: O(distinct words * L) per prefix query: a count per distinct word, scanned in full
from collections import Counter


class WordLedger:
    def __init__(self):
        self.counts = Counter()

    def insert(self, word):
        self.counts[word] += 1

    def contains(self, word):
        return self.counts[word] > 0

    def countPrefix(self, prefix):
        return sum(c for w, c in self.counts.items() if w.startswith(prefix))
