# slow: O(versions) per lookup: walks a name's history from the oldest save until a stamp passes the time
class TimedNotes:
    def __init__(self):
        self.history = {}

    def save(self, name, text, stamp):
        self.history.setdefault(name, []).append((stamp, text))

    def lookup(self, name, stamp):
        answer = ""
        for s, text in self.history.get(name, []):
            if s > stamp:
                break
            answer = text
        return answer
