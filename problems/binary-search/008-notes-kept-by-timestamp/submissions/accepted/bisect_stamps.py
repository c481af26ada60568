# per name, parallel lists of stamps and texts; bisect_right finds the first stamp after the asked time
class TimedNotes:
    def __init__(self):
        self.stamps = defaultdict(list)
        self.texts = defaultdict(list)

    def save(self, name, text, stamp):
        self.stamps[name].append(stamp)
        self.texts[name].append(text)

    def lookup(self, name, stamp):
        if name not in self.stamps:
            return ""
        i = bisect.bisect_right(self.stamps[name], stamp)
        return self.texts[name][i - 1] if i else ""
