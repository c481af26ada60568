"""A trie of dicts; every node counts the words that pass through it and end at it.

insert walks the word, creating missing nodes and adding one to `through` on the way
(the root too: every word starts with the empty prefix). countPrefix walks the prefix and
reads `through` where it stops; contains reads `ending`. O(L) time per call; space O(total
length of the inserted words).
"""


class _Node:
    __slots__ = ("children", "through", "ending")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.through = 0  # recorded words that start with the prefix spelled to here
        self.ending = 0  # recorded words equal to it


class WordLedger:
    def __init__(self) -> None:
        self._root = _Node()

    def insert(self, word: str) -> None:
        node = self._root
        node.through += 1
        for letter in word:
            child = node.children.get(letter)
            if child is None:
                child = node.children[letter] = _Node()
            child.through += 1
            node = child
        node.ending += 1

    def _find(self, text: str) -> _Node | None:
        node = self._root
        for letter in text:
            node = node.children.get(letter)
            if node is None:
                return None
        return node

    def contains(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.ending > 0

    def countPrefix(self, prefix: str) -> int:
        node = self._find(prefix)
        return 0 if node is None else node.through
