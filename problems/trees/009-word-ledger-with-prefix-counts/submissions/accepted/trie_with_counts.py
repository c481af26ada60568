class TrieNode:
    __slots__ = ("children", "passing", "ending")

    def __init__(self):
        self.children = {}
        self.passing = 0
        self.ending = 0


class WordLedger:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word: str) -> None:
        node = self.root
        node.passing += 1
        for ch in word:
            nxt = node.children.get(ch)
            if nxt is None:
                nxt = node.children[ch] = TrieNode()
            node = nxt
            node.passing += 1
        node.ending += 1

    def _find(self, text):
        node = self.root
        for ch in text:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def contains(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.ending > 0

    def countPrefix(self, prefix: str) -> int:
        node = self._find(prefix)
        return node.passing if node else 0
