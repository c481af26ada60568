# bug: tries word lengths 1 .. longest - 1 only (an off-by-one in the range), so words of the longest length never match
# fails on: {"text": "abab", "words": ["ab", "b"]}
def canSplitIntoWords(text, words):
    known = set(words)
    longest = max(len(w) for w in known)
    n = len(text)
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        for length in range(1, min(longest, i + 1)):
            if ok[i - length] and text[i - length : i] in known:
                ok[i] = True
                break
    return ok[n]
