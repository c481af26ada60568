# bug: removes a word from the code book once it has been used, but a word may be used any number of times
# fails on: {"text": "abab", "words": ["ab"]}
def canSplitIntoWords(text, words):
    def go(i, left):
        if i == len(text):
            return True
        for w in set(left):
            if text.startswith(w, i):
                rest = list(left)
                rest.remove(w)
                if go(i + len(w), rest):
                    return True
        return False

    return go(0, list(words))
