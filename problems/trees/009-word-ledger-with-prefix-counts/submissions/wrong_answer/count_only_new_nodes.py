# bug: the count is bumped only inside the branch that creates a missing node, so words sharing an existing path (or repeated words) are not counted (fails sample 1)
# fails on: {"ops": ["WordLedger", "insert", "insert", "countPrefix"], "args": [[], ["a"], ["a"], ["a"]]}
# origin: independent
class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0
        self.ends = 0


class WordLedger:
    def __init__(self):
        self.root = TrieNode()
        self.total = 0

    def insert(self, word: str) -> None:
        self.total += 1
        node = self.root
        for ch in word:
            if ch not in node.children:
                node.children[ch] = TrieNode()
                node.children[ch].count += 1
            node = node.children[ch]
        node.ends += 1

    def contains(self, word: str) -> bool:
        node = self.root
        for ch in word:
            if ch not in node.children:
                return False
            node = node.children[ch]
        return node.ends > 0

    def countPrefix(self, prefix: str) -> int:
        if not prefix:
            return self.total
        node = self.root
        for ch in prefix:
            if ch not in node.children:
                return 0
            node = node.children[ch]
        return node.count
