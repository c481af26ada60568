# bug: contains() leaves the loop with `break` when a letter is missing and then judges the node it stopped at, so a word that extends a recorded word is reported as recorded (passes the samples)
# fails on: {"ops": ["WordLedger", "insert", "contains"], "args": [[], ["card"], ["cards"]]}
# origin: independent
class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0
        self.ends = 0


class WordLedger:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word: str) -> None:
        node = self.root
        node.count += 1
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.ends += 1

    def contains(self, word: str) -> bool:
        node = self.root
        for ch in word:
            if ch not in node.children:
                break
            node = node.children[ch]
        return node.ends > 0

    def countPrefix(self, prefix: str) -> int:
        node = self.root
        for ch in prefix:
            if ch not in node.children:
                return 0
            node = node.children[ch]
        return node.count
