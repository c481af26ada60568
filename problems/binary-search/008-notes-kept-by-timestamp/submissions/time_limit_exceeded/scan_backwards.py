# slow: O(versions) per lookup: walks a name's history from the newest save back to the first one at or before the time
class TimedNotes:
    def __init__(self):
        self.history = {}

    def save(self, name, text, stamp):
        self.history.setdefault(name, []).append((stamp, text))

    def lookup(self, name, stamp):
        pairs = self.history.get(name, [])
        for i in range(len(pairs) - 1, -1, -1):
            if pairs[i][0] <= stamp:
                return pairs[i][1]
        return ""
