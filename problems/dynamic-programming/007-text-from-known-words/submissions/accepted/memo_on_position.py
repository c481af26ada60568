# top-down: can the rest from position i be cut? memoised on i
from functools import lru_cache


def canSplitIntoWords(text, words):
    known = set(words)
    longest = max(len(w) for w in known)

    @lru_cache(maxsize=None)
    def rest(i):
        if i == len(text):
            return True
        for j in range(i + 1, min(len(text), i + longest) + 1):
            if text[i:j] in known and rest(j):
                return True
        return False

    return rest(0)
