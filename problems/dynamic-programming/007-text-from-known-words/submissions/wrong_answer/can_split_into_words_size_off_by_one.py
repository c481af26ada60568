# bug: tries piece sizes only up to longest - 1, so the longest words in the book can never be used (passes all samples)
# fails on: {"text": "ab", "words": ["ab"]}
# origin: independent
def canSplitIntoWords(text: str, words: List[str]) -> bool:
    vocab = set(words)
    longest = max(len(w) for w in words)
    n = len(text)
    dp = [False] * (n + 1)
    dp[0] = True
    for i in range(1, n + 1):
        for size in range(1, longest):
            if size <= i and dp[i - size] and text[i - size:i] in vocab:
                dp[i] = True
                break
    return dp[n]
