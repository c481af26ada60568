# bug: checks only that each letter keeps the same word, not that different letters get different words (fails sample 3)
# fails on: {"pattern": "ab", "words": ["x", "x"]}
# origin: independent
from typing import List


def followsPattern(pattern: str, words: List[str]) -> bool:
    if len(pattern) != len(words):
        return False
    word_of = {}
    for letter, word in zip(pattern, words):
        if word_of.setdefault(letter, word) != word:
            return False
    return True
