# bug: removes a word from the book once it is used, as if each word could be used only once (passes all samples)
# fails on: {"text": "aa", "words": ["a"]}
# origin: independent
def canSplitIntoWords(text: str, words: List[str]) -> bool:
    def solve(rest, available):
        if not rest:
            return True
        for i, w in enumerate(available):
            if rest.startswith(w):
                if solve(rest[len(w):], available[:i] + available[i + 1:]):
                    return True
        return False

    return solve(text, list(set(words)))
