def groupBySignature(words):
    groups = {}
    for word in words:
        key = frozenset(word)  # bug: forgets how many times each letter occurs
        groups.setdefault(key, []).append(word)
    return list(groups.values())
