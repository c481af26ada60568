def groupBySignature(words):
    groups = {}
    for word in words:
        key = (len(word), sum(ord(c) for c in word))  # bug: "ad" and "bc" collide
        groups.setdefault(key, []).append(word)
    return list(groups.values())
