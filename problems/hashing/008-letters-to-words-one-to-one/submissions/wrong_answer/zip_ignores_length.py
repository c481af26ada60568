# bug: zip stops at the shorter input, so extra letters or words are never looked at
# fails on: {"pattern": "aba", "words": ["p", "q", "p", "q"]}
def followsPattern(pattern, words):
    pairs = set(zip(pattern, words))
    return len(pairs) == len(set(pattern)) == len(set(words))
