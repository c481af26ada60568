def followsPattern(pattern, words):
    # bug: zip stops at the shorter input, so extra letters or words are never looked at
    pairs = set(zip(pattern, words))
    return len(pairs) == len(set(pattern)) == len(set(words))
