# origin: independent
from typing import List


def followsPattern(pattern: str, words: List[str]) -> bool:
    if len(pattern) != len(words):
        return False
    word_of = {}
    letter_of = {}
    for letter, word in zip(pattern, words):
        if letter in word_of:
            if word_of[letter] != word:
                return False
        else:
            if word in letter_of:
                return False
            word_of[letter] = word
            letter_of[word] = letter
    return True
