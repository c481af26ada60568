# bug: for a time before a name's first save the search ends at 0 and texts[-1] quietly returns the newest text instead of ""
# fails on: {"ops": ["TimedNotes", "save", "save", "lookup"], "args": [[], ["a", "x", 5], ["a", "y", 9], ["a", 1]]}
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
        stamps = self.stamps[name]
        lo, hi = 0, len(stamps)
        while lo < hi:
            mid = (lo + hi) // 2
            if stamps[mid] <= stamp:
                lo = mid + 1
            else:
                hi = mid
        return self.texts[name][lo - 1]
