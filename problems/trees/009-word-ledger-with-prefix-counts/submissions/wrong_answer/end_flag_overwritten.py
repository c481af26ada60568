# bug: sets the end-of-word flag on every node of the path with `is_end = (i == last)`, so inserting a longer word clears the flag of a shorter word on its path (passes the samples)
# fails on: {"ops": ["WordLedger", "insert", "insert", "contains"], "args": [[], ["to"], ["top"], ["to"]]}
# origin: independent
class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0
        self.is_end = False


class WordLedger:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word: str) -> None:
        node = self.root
        node.count += 1
        for i, ch in enumerate(word):
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
            node.count += 1
            node.is_end = i == len(word) - 1

    def contains(self, word: str) -> bool:
        node = self.root
        for ch in word:
            if ch not in node.children:
                return False
            node = node.children[ch]
        return node.is_end

    def countPrefix(self, prefix: str) -> int:
        node = self.root
        for ch in prefix:
            if ch not in node.children:
                return 0
            node = node.children[ch]
        return node.count
