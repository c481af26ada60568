# origin: independent
from typing import List


def groupBySignature(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        key = "".join(sorted(word))
        if key not in groups:
            groups[key] = []
        groups[key].append(word)
    return list(groups.values())
