# bug: forgets to compare the lengths, and zip silently stops at the shorter of pattern and words
# fails on: {"pattern": "ab", "words": ["x", "y", "z"]}
# origin: independent
from typing import List


def followsPattern(pattern: str, words: List[str]) -> bool:
    word_of = {}
    letter_of = {}
    for letter, word in zip(pattern, words):
        if word_of.get(letter, word) != word or letter_of.get(word, letter) != letter:
            return False
        word_of[letter] = word
        letter_of[word] = letter
    return True
