# bug: only checks that each letter keeps one word, so two different letters may share a word
# fails on: {"pattern": "abc", "words": ["x", "y", "x"]}
def followsPattern(pattern, words):
    if len(pattern) != len(words):
        return False
    word_of = {}
    for letter, word in zip(pattern, words):
        if word_of.setdefault(letter, word) != word:
            return False
    return True
