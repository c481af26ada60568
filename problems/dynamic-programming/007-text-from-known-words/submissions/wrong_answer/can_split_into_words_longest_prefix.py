# bug: greedily cuts the longest word that starts the remaining text, never backtracking (passes all samples)
# fails on: {"text": "abcd", "words": ["ab", "abc", "cd"]}
# origin: independent
def canSplitIntoWords(text: str, words: List[str]) -> bool:
    vocab = set(words)
    pos = 0
    while pos < len(text):
        cut = 0
        for size in range(len(text) - pos, 0, -1):
            if text[pos:pos + size] in vocab:
                cut = size
                break
        if cut == 0:
            return False
        pos += cut
    return True
