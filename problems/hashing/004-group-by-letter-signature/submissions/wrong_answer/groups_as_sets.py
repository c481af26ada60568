# bug: collects each group in a set, so a word repeated in the input appears only once in its group (fails sample 2)
# fails on: {"words": ["ab", "ab"]}
# origin: independent
from typing import List


def groupBySignature(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        key = "".join(sorted(word))
        groups.setdefault(key, set()).add(word)
    return [list(group) for group in groups.values()]
