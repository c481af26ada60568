# bug: contains() checks the count of words passing through the last node instead of the words ending there, so any prefix of a recorded word counts as recorded (fails sample 1)
# fails on: {"ops": ["WordLedger", "insert", "contains"], "args": [[], ["ab"], ["a"]]}
# origin: independent
class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0


class WordLedger:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word: str) -> None:
        node = self.root
        node.count += 1
        for ch in word:
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
            node.count += 1

    def _walk(self, text):
        node = self.root
        for ch in text:
            if ch not in node.children:
                return None
            node = node.children[ch]
        return node

    def contains(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and node.count > 0

    def countPrefix(self, prefix: str) -> int:
        node = self._walk(prefix)
        return node.count if node else 0
