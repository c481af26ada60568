# bug: the words are kept in a set, so a word recorded twice is counted once by countPrefix
# fails on: {"ops": ["WordLedger", "insert", "insert", "countPrefix"], "args": [[], ["ab"], ["ab"], ["a"]]}
class WordLedger:
    def __init__(self):
        self.root = {}
        self.words = set()

    def insert(self, word):
        if word in self.words:
            return
        self.words.add(word)
        node = self.root
        node["#"] = node.get("#", 0) + 1
        for ch in word:
            node = node.setdefault(ch, {})
            node["#"] = node.get("#", 0) + 1

    def contains(self, word):
        return word in self.words

    def countPrefix(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return 0
            node = node[ch]
        return node.get("#", 0)
