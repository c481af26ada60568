# slow: exponential: tries every cutting of the rest again each time a position is reached
def canSplitIntoWords(text, words):
    known = set(words)
    longest = max(len(w) for w in known)

    def rest(i):
        if i == len(text):
            return True
        for j in range(i + 1, min(len(text), i + longest) + 1):
            if text[i:j] in known and rest(j):
                return True
        return False

    return rest(0)
