# bug: does not handle a time before the note's first save; the index -1 silently returns the newest text (fails sample 1)
# fails on: {"ops": ["TimedNotes", "save", "lookup"], "args": [[], ["a", "x", 5], ["a", 2]]}
# origin: independent
from bisect import bisect_right


class TimedNotes:
    def __init__(self):
        self.history = {}

    def save(self, name, text, stamp):
        self.history.setdefault(name, ([], []))
        self.history[name][0].append(stamp)
        self.history[name][1].append(text)

    def lookup(self, name, stamp):
        if name not in self.history:
            return ""
        stamps, texts = self.history[name]
        return texts[bisect_right(stamps, stamp) - 1]
