# bug: keeps one shared timeline of all saves and only looks at the latest save of any note at that time, returning "" if it belongs to another name (fails sample 2)
# fails on: {"ops": ["TimedNotes", "save", "save", "lookup"], "args": [[], ["a", "x", 1], ["b", "y", 2], ["a", 3]]}
# origin: independent
from bisect import bisect_right


class TimedNotes:
    def __init__(self):
        self.stamps = []
        self.entries = []

    def save(self, name, text, stamp):
        self.stamps.append(stamp)
        self.entries.append((name, text))

    def lookup(self, name, stamp):
        i = bisect_right(self.stamps, stamp) - 1
        if i < 0 or self.entries[i][0] != name:
            return ""
        return self.entries[i][1]
