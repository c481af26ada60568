class WordLedger:
    """A trie stored in flat lists: node i's children are in a 26-slot row."""

    def __init__(self):
        self.next = [[0] * 26]
        self.through = [0]
        self.ending = [0]

    def insert(self, word):
        node = 0
        self.through[0] += 1
        for ch in word:
            slot = ord(ch) - 97
            child = self.next[node][slot]
            if child == 0:
                child = len(self.next)
                self.next[node][slot] = child
                self.next.append([0] * 26)
                self.through.append(0)
                self.ending.append(0)
            node = child
            self.through[node] += 1
        self.ending[node] += 1

    def _walk(self, text):
        node = 0
        for ch in text:
            node = self.next[node][ord(ch) - 97]
            if node == 0:
                return -1
        return node

    def contains(self, word):
        node = self._walk(word)
        return node != -1 and self.ending[node] > 0

    def countPrefix(self, prefix):
        node = self._walk(prefix)
        return 0 if node == -1 else self.through[node]
