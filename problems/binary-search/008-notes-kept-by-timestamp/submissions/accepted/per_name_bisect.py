# origin: independent
from bisect import bisect_right


class TimedNotes:
    def __init__(self):
        self.stamps = {}
        self.texts = {}

    def save(self, name, text, stamp):
        if name not in self.stamps:
            self.stamps[name] = []
            self.texts[name] = []
        self.stamps[name].append(stamp)
        self.texts[name].append(text)

    def lookup(self, name, stamp):
        stamps = self.stamps.get(name)
        if not stamps:
            return ""
        i = bisect_right(stamps, stamp)
        return self.texts[name][i - 1] if i > 0 else ""
