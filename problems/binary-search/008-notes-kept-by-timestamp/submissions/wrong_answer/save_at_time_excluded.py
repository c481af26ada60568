# bug: searches the first stamp >= the time and takes the save before it, so a save made exactly at the asked time is ignored
# fails on: {"ops": ["TimedNotes", "save", "lookup"], "args": [[], ["a", "x", 5], ["a", 5]]}
class TimedNotes:
    def __init__(self):
        self.stamps = {}
        self.texts = {}

    def save(self, name, text, stamp):
        self.stamps.setdefault(name, []).append(stamp)
        self.texts.setdefault(name, []).append(text)

    def lookup(self, name, stamp):
        stamps = self.stamps.get(name, [])
        i = bisect.bisect_left(stamps, stamp)
        return self.texts[name][i - 1] if i else ""
