# bug: caches lookup answers by (name, stamp) and never clears the cache on save, so a future time asked before a new save keeps the old text (passes all samples)
# fails on: {"ops": ["TimedNotes", "save", "lookup", "save", "lookup"], "args": [[], ["a", "x", 1], ["a", 5], ["a", "y", 3], ["a", 5]]}
# origin: independent
from bisect import bisect_right


class TimedNotes:
    def __init__(self):
        self.stamps = {}
        self.texts = {}
        self.cache = {}

    def save(self, name, text, stamp):
        self.stamps.setdefault(name, []).append(stamp)
        self.texts.setdefault(name, []).append(text)

    def lookup(self, name, stamp):
        key = (name, stamp)
        if key in self.cache:
            return self.cache[key]
        answer = ""
        if name in self.stamps:
            i = bisect_right(self.stamps[name], stamp)
            if i > 0:
                answer = self.texts[name][i - 1]
        self.cache[key] = answer
        return answer
