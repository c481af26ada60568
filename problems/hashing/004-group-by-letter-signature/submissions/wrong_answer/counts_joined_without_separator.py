# bug: builds the key by gluing the 26 letter counts together with no separator, so counts like (11, 0) and (1, 10) give the same key
# fails on: {"words": ["aaaaaaaaaaa", "abbbbbbbbbb"]}
# origin: independent
from typing import List


def groupBySignature(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        counts = [0] * 26
        for ch in word:
            counts[ord(ch) - ord("a")] += 1
        key = "".join(str(c) for c in counts)
        groups.setdefault(key, []).append(word)
    return list(groups.values())
