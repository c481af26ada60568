# bug: keeps one history for all names and only looks at the newest save at or before the time, so when another name was saved after the asked one, the answer is "" instead of the older text
# fails on: {"ops": ["TimedNotes", "save", "save", "lookup"], "args": [[], ["a", "x", 1], ["b", "y", 2], ["a", 3]]}
class TimedNotes:
    def __init__(self):
        self.stamps = []
        self.saves = []

    def save(self, name, text, stamp):
        self.stamps.append(stamp)
        self.saves.append((name, text))

    def lookup(self, name, stamp):
        i = bisect.bisect_right(self.stamps, stamp)
        if i and self.saves[i - 1][0] == name:
            return self.saves[i - 1][1]
        return ""
