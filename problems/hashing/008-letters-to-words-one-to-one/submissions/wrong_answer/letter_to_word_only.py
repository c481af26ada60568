def followsPattern(pattern, words):
    if len(pattern) != len(words):
        return False
    word_of = {}
    for letter, word in zip(pattern, words):
        # bug: only checks that each letter keeps one word; two letters may share a word
        if word_of.setdefault(letter, word) != word:
            return False
    return True
