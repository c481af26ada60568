# origin: independent
def canSplitIntoWords(text: str, words: List[str]) -> bool:
    vocab = set(words)
    longest = max(len(w) for w in vocab)
    n = len(text)
    ok = [False] * (n + 1)
    ok[0] = True
    for end in range(1, n + 1):
        for size in range(1, min(longest, end) + 1):
            if ok[end - size] and text[end - size:end] in vocab:
                ok[end] = True
                break
    return ok[n]
