from collections import Counter


class WordLedger:
    """No tree at all: a table from every prefix of every recorded word to its count
    (O(L^2) per insert for the slices, fine for words of at most 20 letters)."""

    def __init__(self):
        self.prefixes = Counter()
        self.words = Counter()

    def insert(self, word: str) -> None:
        self.words[word] += 1
        for end in range(len(word) + 1):
            self.prefixes[word[:end]] += 1

    def contains(self, word: str) -> bool:
        return self.words[word] > 0

    def countPrefix(self, prefix: str) -> int:
        return self.prefixes[prefix]
