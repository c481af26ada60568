# bug: keeps letter->word and word->letter in one dict, so a one-letter word collides with a pattern letter of the same spelling
# fails on: {"pattern": "ab", "words": ["b", "c"]}
# origin: independent
from typing import List


def followsPattern(pattern: str, words: List[str]) -> bool:
    if len(pattern) != len(words):
        return False
    pairs = {}
    for letter, word in zip(pattern, words):
        if letter in pairs and pairs[letter] != word:
            return False
        if word in pairs and pairs[word] != letter:
            return False
        pairs[letter] = word
        pairs[word] = letter
    return True
