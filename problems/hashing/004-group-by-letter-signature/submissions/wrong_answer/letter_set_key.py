# bug: keys groups by the set of letters, ignoring how many times each letter occurs (fails sample 2)
# fails on: {"words": ["ab", "aab"]}
# origin: independent
from typing import List


def groupBySignature(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        key = frozenset(word)
        groups.setdefault(key, []).append(word)
    return list(groups.values())
