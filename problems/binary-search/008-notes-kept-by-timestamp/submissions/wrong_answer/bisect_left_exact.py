# bug: uses bisect_left, so a save made exactly at the asked time is not counted (fails sample 1)
# fails on: {"ops": ["TimedNotes", "save", "lookup"], "args": [[], ["a", "x", 5], ["a", 5]]}
# origin: independent
from bisect import bisect_left


class TimedNotes:
    def __init__(self):
        self.stamps = {}
        self.texts = {}

    def save(self, name, text, stamp):
        self.stamps.setdefault(name, []).append(stamp)
        self.texts.setdefault(name, []).append(text)

    def lookup(self, name, stamp):
        if name not in self.stamps:
            return ""
        i = bisect_left(self.stamps[name], stamp)
        return self.texts[name][i - 1] if i > 0 else ""
