"""Two hash maps, one per direction. Time O(n * L) for n words of length at most L
(hashing a word costs O(L)); extra space O(n * L) at worst.
"""


def followsPattern(pattern: str, words: list[str]) -> bool:
    if len(pattern) != len(words):
        return False
    word_of: dict[str, str] = {}
    letter_of: dict[str, str] = {}
    for letter, word in zip(pattern, words):
        if word_of.setdefault(letter, word) != word:
            return False  # this letter already goes with another word
        if letter_of.setdefault(word, letter) != letter:
            return False  # this word already goes with another letter
    return True
