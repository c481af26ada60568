"""ok[i]: can text[:i] be cut into words? Only word lengths that occur are tried.

ok[0] is True (the empty front). ok[i] is True when some word of length L ends at i
(text[i - L:i] is in the word set) and ok[i - L] is True.

Time O(n * L) set lookups, each hashing a slice of at most L letters, for L the number of
distinct word lengths (at most 20); extra space O(n + total length of the words).
"""


def canSplitIntoWords(text: str, words: list[str]) -> bool:
    known = set(words)
    lengths = sorted({len(w) for w in known})
    n = len(text)
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        for length in lengths:
            if length > i:
                break
            if ok[i - length] and text[i - length : i] in known:
                ok[i] = True
                break
    return ok[n]
