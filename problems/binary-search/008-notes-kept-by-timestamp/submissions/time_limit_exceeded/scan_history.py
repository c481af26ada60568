# slow: O(history length) per lookup: walks a note's history backwards until a stamp fits
# origin: independent
class TimedNotes:
    def __init__(self):
        self.history = {}

    def save(self, name, text, stamp):
        self.history.setdefault(name, []).append((stamp, text))

    def lookup(self, name, stamp):
        for saved_at, text in reversed(self.history.get(name, [])):
            if saved_at <= stamp:
                return text
        return ""
