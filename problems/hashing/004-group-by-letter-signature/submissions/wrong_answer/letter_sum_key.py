# bug: keys a word by its length and the sum of its letter codes, which collide for different letters
# fails on: {"words": ["ad", "bc"]}
def groupBySignature(words):
    groups = {}
    for word in words:
        key = (len(word), sum(ord(c) for c in word))
        groups.setdefault(key, []).append(word)
    return list(groups.values())
