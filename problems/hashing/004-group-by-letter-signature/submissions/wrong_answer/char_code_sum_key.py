# bug: keys groups by the sum of the character codes, which collides for different letter multisets
# fails on: {"words": ["ad", "bc"]}
# origin: independent
from typing import List


def groupBySignature(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        key = sum(ord(ch) for ch in word)
        groups.setdefault(key, []).append(word)
    return list(groups.values())
