# slow: O(number of words * L) per query: compares the prefix with every recorded word
class WordLedger:
    def __init__(self):
        self.words = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def contains(self, word: str) -> bool:
        return word in self.words

    def countPrefix(self, prefix: str) -> int:
        return sum(1 for w in self.words if w.startswith(prefix))
