# bug: keys a word by its set of letters, forgetting how many times each occurs
# fails on: {"words": ["ab", "aab"]}
def groupBySignature(words):
    groups = {}
    for word in words:
        key = frozenset(word)
        groups.setdefault(key, []).append(word)
    return list(groups.values())
