# per name, one list of (stamp, text) pairs; a probe (t, "{") sorts after every pair with stamp t, since "{" follows "z"
class TimedNotes:
    def __init__(self):
        self.history = {}

    def save(self, name, text, stamp):
        self.history.setdefault(name, []).append((stamp, text))

    def lookup(self, name, stamp):
        pairs = self.history.get(name, [])
        i = bisect.bisect_right(pairs, (stamp, "{"))
        return pairs[i - 1][1] if i > 0 else ""
