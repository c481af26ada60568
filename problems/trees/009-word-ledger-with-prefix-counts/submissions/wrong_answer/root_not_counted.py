# bug: counts are added only to the nodes below the root, so the empty prefix always counts 0
# fails on: {"ops": ["WordLedger", "insert", "countPrefix"], "args": [[], ["a"], [""]]}
class WordLedger:
    def __init__(self):
        self.root = {"kids": {}, "through": 0, "end": 0}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node["kids"].setdefault(ch, {"kids": {}, "through": 0, "end": 0})
            node["through"] += 1
        node["end"] += 1

    def _find(self, text):
        node = self.root
        for ch in text:
            node = node["kids"].get(ch)
            if node is None:
                return None
        return node

    def contains(self, word):
        node = self._find(word)
        return node is not None and node["end"] > 0

    def countPrefix(self, prefix):
        node = self._find(prefix)
        return 0 if node is None else node["through"]
